import type { Core } from '@strapi/strapi';
import { bulkDocuments, type DraftChange } from '#kernel/bulk-documents/index';
import { columnOf, joinOf, tableOf } from '#kernel/bulk-documents/link-tables';
import { readerOf } from '#kernel/reader';
import { ARTICLE_UID, HIGHLIGHT_UID, SOURCE_UID, type HighlightColour } from '../constants';
import type { ListedSources } from '../domain/listed-sources';
import type { AnchorState, HighlightPlan, StoredHighlight } from '../domain/reconcile-highlights';

export interface HighlightRow extends StoredHighlight {
  /** `published`: whether the source has a published version (readers can follow it). */
  source: { documentId: string; url: string; isInternal: boolean; published: boolean } | null;
}

const HIGHLIGHT_FIELDS = ['documentId', 'exact', 'prefix', 'suffix', 'start', 'end', 'colour', 'linkUrl', 'anchorState'] as const;

type RawRow = Record<string, unknown>;

/**
 * An article version's highlights with their sources, in text order, in one statement (the query layer's populate
 * takes three): drafts link to drafts, published rows to published rows. It starts from the article's link rows, which
 * are indexed; starting from the highlights would scan every highlight of the archive. The same statement says how
 * many sources the version lists and which of the cited ones (null without highlights): a save whose links did not
 * change needs no read of the list.
 */
export async function readHighlightRows(
  strapi: Core.Strapi,
  documentId: string,
  status: 'draft' | 'published',
): Promise<{ rows: HighlightRow[]; sources: ListedSources | null }> {
  const article = joinOf(strapi, HIGHLIGHT_UID, 'article');
  const source = joinOf(strapi, HIGHLIGHT_UID, 'source');
  const lists = joinOf(strapi, ARTICLE_UID, 'sources');
  const knex = await readerOf(strapi);
  const articleRow = knex(tableOf(strapi, ARTICLE_UID)).select('id').where('document_id', documentId).limit(1);
  const raw = (await knex(`${article.table} as link`)
    .join(`${tableOf(strapi, HIGHLIGHT_UID)} as h`, 'h.id', `link.${article.own}`)
    .leftJoin(`${source.table} as cites`, `cites.${source.own}`, 'h.id')
    .leftJoin(`${tableOf(strapi, SOURCE_UID)} as s`, 's.id', `cites.${source.other}`)
    .select(HIGHLIGHT_FIELDS.map((name) => `h.${columnOf(strapi, HIGHLIGHT_UID, name)} as ${name}`))
    .select('s.document_id as sourceDocumentId', 's.url as sourceUrl', `s.${columnOf(strapi, SOURCE_UID, 'isInternal')} as sourceIsInternal`)
    .select(
      knex.raw('exists (select 1 from ?? as p where p.document_id = s.document_id and p.published_at is not null) as ??', [
        tableOf(strapi, SOURCE_UID),
        'sourcePublished',
      ]),
    )
    .select(
      knex.raw('exists (select 1 from ?? as p where p.document_id = h.document_id and p.published_at is not null) as ??', [
        tableOf(strapi, HIGHLIGHT_UID),
        'published',
      ]),
    )
    .select(knex.raw('(select count(*) from ?? as l where l.?? = link.??) as ??', [lists.table, lists.own, article.other, 'listedCount']))
    .select(
      knex.raw('exists (select 1 from ?? as l where l.?? = link.?? and l.?? = s.id) as ??', [
        lists.table,
        lists.own,
        article.other,
        lists.other,
        'sourceListed',
      ]),
    )
    .where(`link.${article.other}`, status === 'draft' ? articleRow.whereNull('published_at') : articleRow.whereNotNull('published_at'))
    .orderBy('h.start', 'asc')) as RawRow[];
  const rows = raw.map((row) => ({
    documentId: String(row.documentId),
    exact: String(row.exact),
    prefix: (row.prefix as string | null) ?? null,
    suffix: (row.suffix as string | null) ?? null,
    start: row.start === null ? null : Number(row.start),
    end: row.end === null ? null : Number(row.end),
    colour: row.colour as HighlightColour,
    linkUrl: (row.linkUrl as string | null) ?? null,
    anchorState: row.anchorState as AnchorState,
    // SQLite answers booleans as 0 and 1.
    published: Boolean(row.published),
    source: row.sourceDocumentId
      ? {
          documentId: String(row.sourceDocumentId),
          url: String(row.sourceUrl),
          isInternal: Boolean(row.sourceIsInternal),
          published: Boolean(row.sourcePublished),
        }
      : null,
  }));
  const listed = new Set(raw.filter((row) => row.sourceDocumentId && Boolean(row.sourceListed)).map((row) => String(row.sourceDocumentId)));
  // PostgreSQL answers a count as a string.
  return { rows, sources: raw.length ? { count: Number(raw[0].listedCount), listed } : null };
}

export const readHighlights = async (strapi: Core.Strapi, documentId: string, status: 'draft' | 'published'): Promise<HighlightRow[]> =>
  (await readHighlightRows(strapi, documentId, status)).rows;

export interface HighlightPlanWrite {
  articleDocumentId: string;
  plan: HighlightPlan;
  stored: ReadonlyArray<StoredHighlight & { source: { documentId: string } | null }>;
  /** The Source (documentId) a link written in the body stands for; null for no link or one that is not a source. */
  sourceOf: (linkUrl: string | null) => string | null;
}

/** Draft row ids by documentId: a draft's relations point at the drafts of what they name, as a draft save does. */
async function draftRowIds(strapi: Core.Strapi, uid: typeof ARTICLE_UID | typeof SOURCE_UID, documentIds: readonly string[]): Promise<Map<string, number>> {
  if (documentIds.length === 0) return new Map();
  const rows = (await strapi.db
    .query(uid)
    .findMany({ where: { documentId: { $in: [...new Set(documentIds)] }, publishedAt: null }, select: ['id', 'documentId'] })) as Array<{
    id: number;
    documentId: string;
  }>;
  return new Map(rows.map((row) => [row.documentId, row.id]));
}

/**
 * Writes a re-anchoring plan to an article's highlight drafts in bulk: the new ones created together and linked to the
 * article's draft and their sources' drafts, the moved ones updated (and re-linked when their source changed), the
 * removed ones deleted with any published version.
 */
export async function writeHighlightPlan(strapi: Core.Strapi, { articleDocumentId, plan, stored, sourceOf }: HighlightPlanWrite): Promise<void> {
  const storedSource = new Map(stored.map((row) => [row.documentId, row.source?.documentId ?? null]));
  const changes: DraftChange[] = [];
  const relinked = new Map<string, string | null>();
  for (const { documentId, mark, changes: fields } of plan.update) {
    const source = mark ? sourceOf(mark.linkUrl) : (storedSource.get(documentId) ?? null);
    const sourceChanged = source !== (storedSource.get(documentId) ?? null);
    if (Object.keys(fields).length === 0 && !sourceChanged) continue;
    if (sourceChanged) relinked.set(documentId, source);
    changes.push({ documentId, data: { ...fields } });
  }
  const newSources = plan.create.map((fields) => sourceOf(fields.linkUrl));
  const wanted = [...newSources, ...relinked.values()].filter((id): id is string => id !== null);
  const sourceIds = await draftRowIds(strapi, SOURCE_UID, wanted);
  const articleIds = await draftRowIds(strapi, ARTICLE_UID, plan.create.length > 0 ? [articleDocumentId] : []);
  const sourceRow = (documentId: string | null): number | null => (documentId ? (sourceIds.get(documentId) ?? null) : null);

  const highlights = bulkDocuments(strapi, HIGHLIGHT_UID);
  await highlights.createDrafts(
    plan.create.map((fields, index) => ({
      data: { ...fields },
      links: { article: articleIds.get(articleDocumentId) ?? null, source: sourceRow(newSources[index]) },
    })),
  );
  await highlights.updateDrafts(
    changes.map((change) => (relinked.has(change.documentId) ? { ...change, links: { source: sourceRow(relinked.get(change.documentId) ?? null) } } : change)),
  );
  await highlights.remove(plan.remove);
}
