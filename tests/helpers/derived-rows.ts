import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

// Strapi's documentIds are cuid2 ids: 24 lower-case letters and digits, a letter first.
const DOCUMENT_ID = /^[a-z][a-z0-9]{23}$/;

const HIGHLIGHTS =
  'select h.document_id, h.exact, h.prefix, h.suffix, h.start, h."end", h.colour, h.link_url, h.anchor_state, h.locale, ' +
  'h.published_at, h.created_at, h.updated_at, h.created_by_id, h.updated_by_id, ' +
  'la.highlight_ord as article_order, ls.highlight_ord as source_order, a.slug as article, a.published_at as article_published_at, s.url as source, s.published_at as source_published_at ' +
  'from highlights h left join highlights_article_lnk la on la.highlight_id = h.id left join articles a on a.id = la.article_id ' +
  'left join highlights_source_lnk ls on ls.highlight_id = h.id left join sources s on s.id = ls.source_id';
const SOURCES =
  'select document_id, url, host, publisher, title, is_internal, locale, published_at, created_at, updated_at, created_by_id, updated_by_id from sources';
const ARTICLE_SOURCES =
  'select l.source_ord, l.article_ord, a.slug as article, a.published_at as article_published_at, s.url as source, s.published_at as source_published_at ' +
  'from articles_sources_lnk l join articles a on a.id = l.article_id join sources s on s.id = l.source_id';
const FACT_CHECK_SOURCES =
  'select f.title as fact_check, f.published_at as fact_check_published_at, s.url as source, s.published_at as source_published_at ' +
  'from fact_checks_sources_lnk l join fact_checks f on f.id = l.fact_check_id join sources s on s.id = l.source_id';

const time = (value: unknown): number | null => (value === null || value === undefined ? null : new Date(value as string | number).getTime());

/**
 * A row with what may differ between two equal writes taken out: ids and documentIds (their format is checked instead),
 * timestamps (whether they are set, and whether a published copy kept its draft's, are kept), and with how many draft
 * and published rows its document has.
 */
function canonical(rows: Row[], timed: boolean): string[] {
  const versions = new Map<string, Row[]>();
  for (const row of rows) versions.set(String(row.document_id), [...(versions.get(String(row.document_id)) ?? []), row]);
  return rows
    .map((row) => {
      const { document_id: documentId, published_at: publishedAt, created_at: createdAt, updated_at: updatedAt, ...rest } = row;
      const siblings = versions.get(String(documentId)) ?? [];
      const draft = siblings.find((sibling) => sibling.published_at === null || sibling.published_at === undefined);
      const published = publishedAt !== null && publishedAt !== undefined;
      const flags = Object.fromEntries(
        Object.entries(rest)
          .filter(([key]) => key.endsWith('published_at') || key.endsWith('_by_id'))
          .map(([key, value]) => [key, value !== null && value !== undefined]),
      );
      const values = Object.fromEntries(Object.entries(rest).filter(([key]) => !key.endsWith('published_at') && !key.endsWith('_by_id')));
      return JSON.stringify({
        ...values,
        ...flags,
        published,
        documentIdFormat: DOCUMENT_ID.test(String(documentId)),
        drafts: siblings.filter((sibling) => sibling.published_at === null || sibling.published_at === undefined).length,
        publishedRows: siblings.length - siblings.filter((sibling) => sibling.published_at === null || sibling.published_at === undefined).length,
        ...(timed
          ? {
              timestamped: time(createdAt) !== null && time(updatedAt) !== null,
              keptDraftTimes: published && draft ? time(draft.created_at) === time(createdAt) && time(draft.updated_at) === time(updatedAt) : null,
            }
          : {}),
      });
    })
    .sort();
}

const bools = (rows: Row[]): Row[] =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, key.endsWith('published_at') ? value !== null : value])));

/** Every highlight, source and their link rows in the database, comparable between two databases written alike. */
export async function dumpDerivedRows(strapi: Core.Strapi): Promise<Record<string, string[]>> {
  return strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => ({
    highlights: canonical((await trx.raw(HIGHLIGHTS).then(rowsOf)) as Row[], true),
    sources: canonical((await trx.raw(SOURCES).then(rowsOf)) as Row[], true),
    articleSources: bools(await trx.raw(ARTICLE_SOURCES).then(rowsOf))
      .map((row) => JSON.stringify(row))
      .sort(),
    factCheckSources: bools(await trx.raw(FACT_CHECK_SOURCES).then(rowsOf))
      .map((row) => JSON.stringify(row))
      .sort(),
  }));
}

// better-sqlite3 answers raw queries with the rows, pg with a result object holding them.
function rowsOf(result: unknown): Row[] {
  return Array.isArray(result) ? (result as Row[]) : ((result as { rows: Row[] }).rows ?? []);
}
