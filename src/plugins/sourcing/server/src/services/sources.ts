import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, SOURCE_UID } from '../constants';
import type { SourcingConfig } from '../config';
import { listsExactly } from '../domain/listed-sources';
import { normalizeSourceUrl } from '../domain/source-url';
import { updateQuietly, type StoredRow } from '#kernel/quiet-update';
import { bulkDocuments } from '#kernel/bulk-documents/index';
import { draftRelated, publishedRelated } from '#kernel/stored-draft';
import { readerOf } from '#kernel/reader';
import { hasDraftAndPublish, linkTablesOf, tableOf } from '#kernel/bulk-documents/link-tables';
import { sourcesToWithdraw } from '../domain/source-visibility';
import { ARTICLE_UID, FACT_CHECK_UID } from '#domain/uids';

type SourcedUid = typeof ARTICLE_UID | typeof FACT_CHECK_UID;

/** Sources kept one per normalized URL, created as links to them appear, and the relation rows that list them. */
const sources = ({ strapi }: { strapi: Core.Strapi }) => ({
  siteUrls(): string[] {
    return strapi.plugin(PLUGIN_ID).config<SourcingConfig['siteUrls']>('siteUrls');
  },

  /**
   * The Source for each address (normalized first), created when missing, all missing ones in one write. A new source
   * is a draft: it is published with the first article or fact check citing it (publishDrafts), so a source only ever
   * cited by drafts is not shown to readers. `known`: sources the caller already holds by normalized URL (those its
   * document links to), which need no lookup.
   */
  async ensureSources(urls: readonly string[], known: ReadonlyMap<string, string> = new Map()): Promise<Map<string, string>> {
    const siteUrls = this.siteUrls();
    const normalized = new Map<string, { url: string; host: string; isInternal: boolean }>();
    for (const raw of urls) {
      const result = normalizeSourceUrl(raw, siteUrls);
      if (result.ok) normalized.set(raw, { url: result.url, host: result.host, isInternal: result.isInternal });
    }
    const byUrl = new Map(known);
    const wanted = [...new Set([...normalized.values()].map((source) => source.url))].filter((url) => !byUrl.has(url));
    const existing = wanted.length
      ? ((await strapi.db.query(SOURCE_UID).findMany({ where: { url: { $in: wanted } }, select: ['documentId', 'url'], orderBy: { id: 'asc' } })) as Array<{
          documentId: string;
          url: string;
        }>)
      : [];
    for (const row of existing) if (!byUrl.has(row.url)) byUrl.set(row.url, row.documentId);
    const missing = [...new Map([...normalized.values()].filter((source) => !byUrl.has(source.url)).map((source) => [source.url, source])).values()];
    const created = await bulkDocuments(strapi, SOURCE_UID).createDrafts(missing.map((source) => ({ data: source, links: {} })));
    missing.forEach((source, index) => byUrl.set(source.url, created[index]));
    const documentIds = new Map<string, string>();
    for (const [raw, source] of normalized) {
      const documentId = byUrl.get(source.url);
      if (documentId) documentIds.set(raw, documentId);
    }
    return documentIds;
  },

  /**
   * Publishes the sources that exist only as drafts, all at once, so the document about to be published can point at
   * them.
   */
  async publishDrafts(documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    const published = await strapi.db
      .query(SOURCE_UID)
      .findMany({ where: { documentId: { $in: [...documentIds] }, publishedAt: { $notNull: true } }, select: ['documentId'] });
    const have = new Set(published.map((row: { documentId: string }) => row.documentId));
    await bulkDocuments(strapi, SOURCE_UID).publish([...new Set(documentIds)].filter((documentId) => !have.has(documentId)));
  },

  /** The sources the published version of an article or fact check cites (none when it has no published version). */
  async publishedCitations(uid: SourcedUid, documentId: string): Promise<string[]> {
    const rows = await publishedRelated<{ documentId: string }>(strapi, uid, documentId, 'sources', ['document_id as documentId']);
    return rows.map((row) => row.documentId);
  },

  /**
   * Withdraws from readers those of `citedBefore` that nothing published cites any more (see sourcesToWithdraw), in one
   * statement to find them: a published source row is cited when a published row of a type linking to sources (an
   * article, a fact check, a highlight) points at it.
   */
  async withdrawUncited(citedBefore: readonly string[]): Promise<void> {
    if (citedBefore.length === 0) return;
    const knex = await readerOf(strapi);
    const citers = linkTablesOf(strapi, SOURCE_UID).filter((link) => link.otherUid in strapi.contentTypes && hasDraftAndPublish(strapi, link.otherUid));
    if (citers.length === 0) throw new Error('No published type links to sources: there is nothing to tell which sources are cited.');
    const rows = (await knex(`${tableOf(strapi, SOURCE_UID)} as s`)
      .select('s.document_id as documentId')
      .select(
        knex.raw(
          `(${citers.map(() => 'exists (select 1 from ?? as l join ?? as c on c.id = l.?? where l.?? = s.id and c.published_at is not null)').join(' or ')}) as ??`,
          [...citers.flatMap((link) => [link.table, tableOf(strapi, link.otherUid), link.other, link.own]), 'cited'],
        ),
      )
      .whereIn('s.document_id', [...new Set(citedBefore)])
      .whereNotNull('s.published_at')) as Array<{ documentId: string; cited: unknown }>;
    // SQLite answers booleans as 0 and 1.
    const published = new Set(rows.map((row) => row.documentId));
    const cited = new Set(rows.filter((row) => Boolean(row.cited)).map((row) => row.documentId));
    await bulkDocuments(strapi, SOURCE_UID).unpublish(sourcesToWithdraw(citedBefore, published, cited));
  },

  /**
   * Points the draft of an article or fact check at exactly these sources, right after it was saved. Written on the
   * draft row, not through the document service: a document update would run the whole save pipeline (this sync among
   * them) again for a list that is derived from the text, not edited. Quietly, too: the save's answer carries the version
   * (`updatedAt`) an editor's next save is checked against, and this is part of that save. Most saves change words, not
   * links: a list that is already right is left alone.
   */
  async linkDraft(uid: SourcedUid, documentId: string, sourceDocumentIds: readonly string[]): Promise<void> {
    const listed = await draftRelated<{ documentId: string }>(strapi, uid, documentId, 'sources', ['document_id as documentId']);
    const linked = new Set(listed.map((row) => row.documentId));
    if (listsExactly({ count: linked.size, listed: linked }, new Set(sourceDocumentIds))) return;
    const draft = (await strapi.db.query(uid).findOne({
      where: { documentId, publishedAt: null },
      select: ['id', 'documentId', 'updatedAt'],
    })) as StoredRow | null;
    if (!draft) return;
    const rows = sourceDocumentIds.length
      ? await strapi.db.query(SOURCE_UID).findMany({ where: { documentId: { $in: [...sourceDocumentIds] }, publishedAt: null }, select: ['id', 'documentId'] })
      : [];
    const idByDocument = new Map<string, number>(rows.map((row: { id: number; documentId: string }) => [row.documentId, row.id]));
    const ids = [...new Set(sourceDocumentIds)].map((id) => idByDocument.get(id)).filter((id): id is number => id !== undefined);
    await updateQuietly(strapi, uid, [draft], { sources: ids });
  },
});

export type SourcesService = ReturnType<typeof sources>;
export default sources;
