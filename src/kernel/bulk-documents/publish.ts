import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  hasDraftAndPublish,
  joinColumnsOf,
  linkTablesOf,
  publishedIdsOf,
  tableOf,
  type LinkRow,
  type LinkTable,
} from './link-tables';
import { createRows, insertRows } from './chunks';

interface VersionRow {
  id: number;
  documentId: string;
  locale: string | null;
}

/** The link rows to write for the new published rows of one link table, captured before anything is deleted. */
async function plannedLinks(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  link: LinkTable,
  drafts: VersionRow[],
  old: VersionRow[],
): Promise<(newIds: Map<string, number>) => LinkRow[]> {
  const documentOf = new Map([...drafts, ...old].map((row) => [row.id, row.documentId]));
  const documentOfRow = (row: LinkRow): string => documentOf.get(Number(row[link.own])) ?? '';
  const oldLinks = old.length ? ((await trx(link.table).select('*').whereIn(link.own, old.map((row) => row.id))) as LinkRow[]) : [];
  if (!link.bidirectional) {
    // A one-sided relation from elsewhere (a component's source) follows the document to its new published row.
    return (newIds) => oldLinks.map(({ id: _id, ...row }) => ({ ...row, [link.own]: newIds.get(documentOfRow(row)) }));
  }
  const draftLinks = (await trx(link.table).select('*').whereIn(link.own, drafts.map((row) => row.id))) as LinkRow[];
  // The published copy links to the published version of each related row; a related row never published is left out.
  const relatedPublished = hasDraftAndPublish(strapi, link.otherUid)
    ? await publishedIdsOf(trx, tableOf(strapi, link.otherUid), draftLinks.map((row) => row[link.other]))
    : null;
  const hadPublished = new Set(old.map((row) => row.documentId));
  // The related rows keep the place they gave the old published row in their ordering (Strapi's bidirectional sync).
  const oldOrder = new Map(oldLinks.map((row) => [`${documentOf.get(Number(row[link.own]))}:${row[link.other]}`, row]));
  return (newIds) =>
    draftLinks.flatMap((row) => {
      const other = relatedPublished ? relatedPublished.get(String(row[link.other])) : Number(row[link.other]);
      const documentId = documentOfRow(row);
      if (other === undefined) return [];
      const orderFrom = hadPublished.has(documentId) ? (oldOrder.get(`${documentId}:${other}`) ?? row) : row;
      const orders = Object.fromEntries(link.orderColumns.map((column) => [column, orderFrom[column] ?? null]));
      return [{ [link.own]: newIds.get(documentId), [link.other]: other, ...orders }];
    });
}

/**
 * Publishes documents of a draft-and-publish type as Strapi's document service does, for many at once: the old
 * published rows (and their link rows) go, each draft is copied with `publishedAt` set, keeping its documentId, locale,
 * timestamps and authors, and the copy links to the published version of what the draft links to.
 */
export async function publishRows(strapi: Core.Strapi, uid: UID.ContentType, documentIds: readonly string[]): Promise<void> {
  if (documentIds.length === 0) return;
  const query = strapi.db.query(uid);
  const table = tableOf(strapi, uid);
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    const drafts = (await query.findMany({ where: { documentId: { $in: [...documentIds] }, publishedAt: null } })) as Array<VersionRow & Record<string, unknown>>;
    if (drafts.length === 0) return;
    const old = (await query.findMany({
      where: { documentId: { $in: [...documentIds] }, publishedAt: { $notNull: true } },
      select: ['id', 'documentId', 'locale'],
    })) as VersionRow[];

    const links = [];
    for (const link of linkTablesOf(strapi, uid)) links.push({ link, rows: await plannedLinks(strapi, trx, link, drafts, old) });
    const authors = joinColumnsOf(strapi, uid);
    const authorRows = authors.size
      ? ((await trx(table).select('id', ...authors.values()).whereIn('id', drafts.map((row) => row.id))) as LinkRow[])
      : [];
    const authorsOf = new Map(authorRows.map((row) => [Number(row.id), row]));

    if (old.length) {
      const oldIds = old.map((row) => row.id);
      for (const { link } of links) await trx(link.table).whereIn(link.own, oldIds).del();
      await query.deleteMany({ where: { id: { $in: oldIds } } });
    }
    const publishedAt = new Date();
    await createRows(
      query,
      drafts.map(({ id, ...fields }) => {
        const joined = authorsOf.get(id) ?? {};
        const relations = Object.fromEntries([...authors].map(([name, column]) => [name, joined[column] ?? null]));
        return { ...fields, ...relations, publishedAt };
      }),
    );
    const created = (await trx(table)
      .select('id', 'document_id')
      .whereNotNull('published_at')
      .whereIn('document_id', drafts.map((row) => row.documentId))) as LinkRow[];
    const newIds = new Map(created.map((row) => [String(row.document_id), Number(row.id)]));
    for (const { link, rows } of links) {
      const planned = rows(newIds).filter((row) => row[link.own] !== undefined);
      await insertRows(trx, link.table, planned);
    }
  });
}
