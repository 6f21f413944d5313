import type { Core } from '@strapi/strapi';
import { extractHighlights } from '../../src/plugins/sourcing/server/src/domain/extract-highlights';
import { highlightSizeFindings } from '../../src/plugins/sourcing/server/src/domain/highlight-findings';
import { classifyHref, sourceUrlOf } from '../../src/plugins/sourcing/server/src/domain/link-target';
import { reconcileHighlights } from '../../src/plugins/sourcing/server/src/domain/reconcile-highlights';
import { normalizeSourceUrl } from '../../src/plugins/sourcing/server/src/domain/source-url';
import { findingsError } from '#kernel/errors';
import type { ArticleSourcingService } from '../../src/plugins/sourcing/server/src/services/article-sourcing';
import type { SourcesService } from '../../src/plugins/sourcing/server/src/services/sources';

const ARTICLE_UID = 'api::article.article';
const HIGHLIGHT_UID = 'api::highlight.highlight';
const SOURCE_UID = 'api::source.source';

type ArticleWrites = Pick<ArticleSourcingService, 'sync' | 'publishHighlights' | 'unpublishHighlights' | 'deleteHighlights'>;
type SourceWrites = Pick<SourcesService, 'ensureSources' | 'publishDrafts'>;

/**
 * The sourcing writes as they were before the bulk writer: every highlight and source row written through the document
 * service, one document at a time (and so through every document middleware). Sources are drafts until a citing
 * document is published, the rule the bulk writer follows too. The equivalence suite writes the same articles through
 * both and compares the rows.
 */
function referenceWrites(strapi: Core.Strapi, articles: ArticleSourcingService, sources: SourcesService): ArticleWrites & SourceWrites {
  const highlightDocuments = () => strapi.documents(HIGHLIGHT_UID);
  return {
    async ensureSources(urls) {
      const documentIds = new Map<string, string>();
      for (const raw of urls) {
        const normalized = normalizeSourceUrl(raw, sources.siteUrls());
        if (!normalized.ok || documentIds.has(raw)) continue;
        const existing = await strapi.db.query(SOURCE_UID).findOne({ where: { url: normalized.url }, select: ['documentId'] });
        const documentId = existing
          ? (existing.documentId as string)
          : (await strapi.documents(SOURCE_UID).create({ data: { url: normalized.url } })).documentId;
        documentIds.set(raw, documentId);
      }
      return documentIds;
    },

    async publishDrafts(documentIds) {
      if (documentIds.length === 0) return;
      const published = await strapi.db
        .query(SOURCE_UID)
        .findMany({ where: { documentId: { $in: [...documentIds] }, publishedAt: { $notNull: true } }, select: ['documentId'] });
      const have = new Set(published.map((row: { documentId: string }) => row.documentId));
      for (const documentId of new Set(documentIds)) {
        if (!have.has(documentId)) await strapi.documents(SOURCE_UID).publish({ documentId });
      }
    },

    async sync(documentId) {
      const siteUrls = sources.siteUrls();
      const { text, marks } = extractHighlights(await articles.draftBody(documentId));
      const oversized = highlightSizeFindings(marks);
      if (oversized.length > 0) throw findingsError(oversized);
      const sourceUrlFor = (linkUrl: string | null) => (linkUrl ? sourceUrlOf(classifyHref(linkUrl, siteUrls)) : null);
      const sourceUrls = marks.map((mark) => sourceUrlFor(mark.linkUrl)).filter((url): url is string => url !== null);
      const sourceIds = await sources.ensureSources(sourceUrls);
      const sourceOf = (linkUrl: string | null): string | null => {
        const url = sourceUrlFor(linkUrl);
        return url ? (sourceIds.get(url) ?? null) : null;
      };
      const stored = await articles.highlights(documentId);
      const plan = reconcileHighlights(stored, marks, text);
      const storedSource = new Map(stored.map((row) => [row.documentId, row.source?.documentId ?? null]));
      const documents = highlightDocuments();
      for (const fields of plan.create) {
        await documents.create({ data: { ...fields, article: documentId, source: sourceOf(fields.linkUrl) } } as never);
      }
      for (const { documentId: highlightId, mark, changes } of plan.update) {
        const source = mark ? sourceOf(mark.linkUrl) : (storedSource.get(highlightId) ?? null);
        const sourceChanged = source !== (storedSource.get(highlightId) ?? null);
        if (Object.keys(changes).length === 0 && !sourceChanged) continue;
        const data: Record<string, unknown> = sourceChanged ? { ...changes, source } : { ...changes };
        await documents.update({ documentId: highlightId, data } as never);
      }
      for (const highlightId of plan.remove) await documents.delete({ documentId: highlightId });
      const linked = [...new Set(marks.map((mark) => sourceOf(mark.linkUrl)).filter((id): id is string => id !== null))];
      await sources.linkDraft(ARTICLE_UID, documentId, linked);
      return marks;
    },

    async publishHighlights(documentId) {
      const documents = highlightDocuments();
      for (const row of await articles.highlights(documentId)) {
        if (row.anchorState === 'removed') await documents.delete({ documentId: row.documentId });
        else if (row.anchorState === 'orphaned') await documents.unpublish({ documentId: row.documentId });
        else await documents.publish({ documentId: row.documentId });
      }
    },

    async unpublishHighlights(documentId) {
      for (const row of await articles.highlights(documentId)) await highlightDocuments().unpublish({ documentId: row.documentId });
    },

    async deleteHighlights(documentId) {
      for (const row of await articles.highlights(documentId)) await highlightDocuments().delete({ documentId: row.documentId });
    },
  };
}

/**
 * Runs `work` with the sourcing services writing through the reference (per-row document service) writes, then puts
 * the bulk writes back. The middlewares look their services up on every call, so swapping the methods is enough.
 */
export async function withReferenceWrites<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  const articles = strapi.plugin('sourcing').service('articleSourcing') as ArticleSourcingService;
  const sources = strapi.plugin('sourcing').service('sources') as SourcesService;
  const saved = { articles: { ...articles }, sources: { ...sources } };
  const reference = referenceWrites(strapi, articles, sources);
  Object.assign(articles, { sync: reference.sync, publishHighlights: reference.publishHighlights });
  Object.assign(articles, { unpublishHighlights: reference.unpublishHighlights, deleteHighlights: reference.deleteHighlights });
  Object.assign(sources, { ensureSources: reference.ensureSources, publishDrafts: reference.publishDrafts });
  try {
    return await work();
  } finally {
    Object.assign(articles, saved.articles);
    Object.assign(sources, saved.sources);
  }
}
