import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, SOURCE_UID } from '../constants';
import type { SourcingConfig } from '../config';
import { normalizeSourceUrl } from '../domain/source-url';
import { updateQuietly } from '../../../../../kernel/quiet-update';

type SourcedUid = 'api::article.article' | 'api::fact-check.fact-check';

/** Sources kept one per normalized URL, created as links to them appear, and the relation rows that list them. */
const sources = ({ strapi }: { strapi: Core.Strapi }) => ({
  siteUrls(): string[] {
    return strapi.plugin(PLUGIN_ID).config<SourcingConfig['siteUrls']>('siteUrls');
  },

  /**
   * The Source for each address (normalized first), created when missing. A source found on the open web is
   * published at once: it is a fact about the world, and a published article can only point at published sources.
   */
  async ensureSources(urls: readonly string[]): Promise<Map<string, string>> {
    const documentIds = new Map<string, string>();
    for (const raw of urls) {
      const normalized = normalizeSourceUrl(raw, this.siteUrls());
      if (!normalized.ok || documentIds.has(raw)) continue;
      const existing = await strapi.db.query(SOURCE_UID).findOne({ where: { url: normalized.url }, select: ['documentId'] });
      const documentId = existing
        ? (existing.documentId as string)
        : (await strapi.documents(SOURCE_UID).create({ data: { url: normalized.url }, status: 'published' })).documentId;
      documentIds.set(raw, documentId);
    }
    return documentIds;
  },

  /** Publishes the sources that exist only as drafts, so the document about to be published can point at them. */
  async publishDrafts(documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    const published = await strapi.db
      .query(SOURCE_UID)
      .findMany({ where: { documentId: { $in: [...documentIds] }, publishedAt: { $notNull: true } }, select: ['documentId'] });
    const have = new Set(published.map((row: { documentId: string }) => row.documentId));
    for (const documentId of new Set(documentIds)) {
      if (!have.has(documentId)) await strapi.documents(SOURCE_UID).publish({ documentId });
    }
  },

  /**
   * Points the draft of an article or fact check at exactly these sources, right after it was saved. Written on the
   * draft row, not through the document service: a document update would run every middleware (this sync among them)
   * again for a list that is derived from the text, not edited. Quietly, too: the save's answer carries the version
   * (`updatedAt`) an editor's next save is checked against, and this is part of that save.
   */
  async linkDraft(uid: SourcedUid, documentId: string, sourceDocumentIds: readonly string[]): Promise<void> {
    const draft = await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null }, select: ['id', 'documentId', 'updatedAt'] });
    if (!draft) return;
    const rows = sourceDocumentIds.length
      ? await strapi.db
          .query(SOURCE_UID)
          .findMany({ where: { documentId: { $in: [...sourceDocumentIds] }, publishedAt: null }, select: ['id', 'documentId'] })
      : [];
    const idByDocument = new Map<string, number>(rows.map((row: { id: number; documentId: string }) => [row.documentId, row.id]));
    const ids = [...new Set(sourceDocumentIds)].map((id) => idByDocument.get(id)).filter((id): id is number => id !== undefined);
    await updateQuietly(strapi, uid, [draft], { sources: ids });
  },
});

export type SourcesService = ReturnType<typeof sources>;
export default sources;
