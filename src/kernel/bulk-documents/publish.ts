import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import {
  attributesOf,
  columnOf,
  hasDraftAndPublish,
  joinColumnsOf,
  linksWithPublished,
  linkTablesOf,
  PUBLISHED_OTHER,
  tableOf,
  type LinkRow,
  type LinkTable,
} from './link-tables';
import { createRows, insertRows } from './chunks';
import { asUpdateMany } from './update-each';

interface VersionRow {
  id: number;
  documentId: string;
  locale: string | null;
}

/** One link table's rows of the old published versions, and the rows the published versions should have. */
interface PlannedLinks {
  link: LinkTable;
  current: LinkRow[];
  wanted(publishedIds: Map<string, number>): LinkRow[];
}

/** The links the published versions should have, and the ones they have, captured before anything is written. */
async function plannedLinks(strapi: Core.Strapi, trx: Knex.Transaction, link: LinkTable, drafts: VersionRow[], old: VersionRow[]): Promise<PlannedLinks> {
  const documentOf = new Map([...drafts, ...old].map((row) => [row.id, row.documentId]));
  const documentOfRow = (row: LinkRow): string => documentOf.get(Number(row[link.own])) ?? '';
  const oldIds = new Set(old.map((row) => row.id));
  if (!link.bidirectional) {
    const current = old.length
      ? ((await trx(link.table)
          .select('*')
          .whereIn(link.own, [...oldIds])) as LinkRow[])
      : [];
    // A one-sided relation from elsewhere (a component's source) follows the document to its published row.
    return { link, current, wanted: (ids) => current.map(({ id: _id, ...row }) => ({ ...row, [link.own]: ids.get(documentOfRow(row)) })) };
  }
  // The old published rows' links and the drafts' links in one read, each with the published version of what it links.
  const otherTable = hasDraftAndPublish(strapi, link.otherUid) ? tableOf(strapi, link.otherUid) : null;
  const read = await linksWithPublished(
    trx,
    link,
    [...drafts, ...old].map((row) => row.id),
    otherTable,
  );
  const current = read.filter((row) => oldIds.has(Number(row[link.own])));
  const draftLinks = read.filter((row) => !oldIds.has(Number(row[link.own])));
  const hadPublished = new Set(old.map((row) => row.documentId));
  // The related rows keep the place they gave the old published row in their ordering (Strapi's bidirectional sync).
  const oldOrder = new Map(current.map((row) => [`${documentOfRow(row)}:${row[link.other]}`, row]));
  const wanted = (ids: Map<string, number>): LinkRow[] =>
    draftLinks.flatMap((row) => {
      // The published version links to the published version of each related row; one never published is left out.
      const other = otherTable ? row[PUBLISHED_OTHER] : row[link.other];
      if (other === null || other === undefined) return [];
      const documentId = documentOfRow(row);
      const orderFrom = hadPublished.has(documentId) ? (oldOrder.get(`${documentId}:${other}`) ?? row) : row;
      const orders = Object.fromEntries(link.orderColumns.map((column) => [column, orderFrom[column] ?? null]));
      return [{ [link.own]: ids.get(documentId), [link.other]: Number(other), ...orders }];
    });
  return { link, current, wanted };
}

/** Writes only the difference: a link row that already says what is wanted (its order included) stays as it is. */
async function writeLinkDifference(trx: Knex.Transaction, { link, current, wanted }: PlannedLinks, ids: Map<string, number>): Promise<void> {
  const rows = wanted(ids).filter((row) => row[link.own] !== undefined);
  const same = (have: LinkRow, want: LinkRow): boolean => Object.keys(want).every((column) => String(have[column] ?? null) === String(want[column] ?? null));
  const kept = new Set<LinkRow>();
  const missing = rows.filter((want) => {
    const match = current.find((have) => !kept.has(have) && same(have, want));
    if (match) kept.add(match);
    return !match;
  });
  const stale = current.filter((have) => !kept.has(have)).map((have) => have.id as number);
  if (stale.length) await trx(link.table).whereIn('id', stale).del();
  await insertRows(trx, link.table, missing);
}

const COPIED = new Set([
  'string',
  'text',
  'richtext',
  'email',
  'uid',
  'enumeration',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'boolean',
  'date',
  'time',
  'datetime',
  'timestamp',
  'json',
]);

/** Every column a published version takes from its draft: the fields, timestamps and authors; not its id or publishedAt. */
function copiedColumns(strapi: Core.Strapi, uid: string): string[] {
  const columns = [...joinColumnsOf(strapi, uid).values()];
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (['id', 'documentId', 'locale', 'publishedAt'].includes(name) || attribute.type === 'relation') continue;
    if (!COPIED.has(attribute.type)) throw new errors.ApplicationError(`${uid}.${name} (${attribute.type}) cannot be published in bulk.`);
    columns.push(columnOf(strapi, uid, name));
  }
  return columns;
}

/**
 * Brings already published versions up to their drafts in one statement, in place: what Strapi's publish does by
 * deleting and copying, without touching what links to them. The lifecycles run as around `updateMany`, so the
 * delivery cache's write watch learns which documents changed. Documents without locales only (bulkDocuments' rule).
 */
async function copyOverPublished(strapi: Core.Strapi, trx: Knex.Transaction, uid: UID.ContentType, documentIds: string[], publishedAt: Date): Promise<void> {
  if (documentIds.length === 0) return;
  const table = tableOf(strapi, uid);
  const columns = copiedColumns(strapi, uid);
  await asUpdateMany(strapi, uid, { where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } }, data: {} }, async () => {
    // PostgreSQL answers how many rows changed as `rowCount`, SQLite as `changes`.
    const { rowCount, changes } = (await trx.raw(
      `update ?? as published set ${columns.map(() => '?? = draft.??').join(', ')}, ?? = ? from ?? as draft
       where draft.document_id = published.document_id and draft.published_at is null and published.published_at is not null
       and published.document_id in (${documentIds.map(() => '?').join(', ')})`,
      [table, ...columns.flatMap((column) => [column, column]), 'published_at', publishedAt, table, ...documentIds],
    )) as { rowCount?: number; changes?: number };
    return rowCount ?? changes ?? 0;
  });
}

/**
 * Publishes documents of a draft-and-publish type for many at once, leaving the rows as Strapi's document service
 * would (ids and timestamps aside): a published version takes its draft's fields, timestamps and authors, with
 * `publishedAt` set, and links to the published version of what the draft links to. A document already published is
 * updated in place (Strapi deletes and copies it), which keeps the links others hold to it; a new one is copied.
 */
export async function publishRows(strapi: Core.Strapi, uid: UID.ContentType, documentIds: readonly string[]): Promise<void> {
  if (documentIds.length === 0) return;
  const query = strapi.db.query(uid);
  const table = tableOf(strapi, uid);
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    // Both versions of every document in one read: the drafts to publish, the published versions they replace.
    const rows = (await query.findMany({ where: { documentId: { $in: [...documentIds] } } })) as Array<VersionRow & Record<string, unknown>>;
    const drafts = rows.filter((row) => row.publishedAt === null);
    if (drafts.length === 0) return;
    const drafted = new Set(drafts.map((row) => row.documentId));
    const old = rows.filter((row) => row.publishedAt !== null && drafted.has(row.documentId));
    const links: PlannedLinks[] = [];
    for (const link of linkTablesOf(strapi, uid)) links.push(await plannedLinks(strapi, trx, link, drafts, old));

    const publishedIds = new Map(old.map((row) => [row.documentId, row.id]));
    const publishedAt = new Date();
    await copyOverPublished(strapi, trx, uid, [...publishedIds.keys()], publishedAt);
    const fresh = drafts.filter((row) => !publishedIds.has(row.documentId));
    if (fresh.length) {
      const authors = joinColumnsOf(strapi, uid);
      const freshIds = fresh.map((row) => row.id);
      const authorRows = authors.size
        ? ((await trx(table)
            .select('id', ...authors.values())
            .whereIn('id', freshIds)) as LinkRow[])
        : [];
      const authorsOf = new Map(authorRows.map((row) => [Number(row.id), row]));
      await createRows(
        query,
        fresh.map(({ id, ...fields }) => {
          const joined = authorsOf.get(id) ?? {};
          return { ...fields, ...Object.fromEntries([...authors].map(([name, column]) => [name, joined[column] ?? null])), publishedAt };
        }),
      );
      const freshDocuments = fresh.map((row) => row.documentId);
      const created = (await trx(table).select('id', 'document_id').whereNotNull('published_at').whereIn('document_id', freshDocuments)) as LinkRow[];
      for (const row of created) publishedIds.set(String(row.document_id), Number(row.id));
    }
    for (const planned of links) await writeLinkDifference(trx, planned, publishedIds);
  });
}
