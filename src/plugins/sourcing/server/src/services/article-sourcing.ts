import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, HIGHLIGHT_UID } from '../constants';
import { extractHighlights } from '../domain/extract-highlights';
import { highlightLinkFindings, highlightSizeFindings } from '../domain/highlight-findings';
import { findingsError } from '../../../../../kernel/errors';
import type { Finding } from '../domain/findings';
import { classifyHref, sourceUrlOf } from '../domain/link-target';
import { reconcileHighlights, type StoredHighlight } from '../domain/reconcile-highlights';
import { getService } from '../utils';
import { bulkDocuments } from '../../../../../kernel/bulk-documents';
import { writeHighlightPlan } from './highlight-rows';

const HIGHLIGHT_FIELDS = ['exact', 'prefix', 'suffix', 'start', 'end', 'colour', 'linkUrl', 'anchorState'] as const;

export interface HighlightRow extends StoredHighlight {
  source: { documentId: string; url: string; isInternal: boolean } | null;
}

/** Keeps an article's Highlights and Sources in step with its body. */
const articleSourcing = ({ strapi }: { strapi: Core.Strapi }) => ({
  async draftBody(documentId: string): Promise<string> {
    const draft = await strapi.documents(ARTICLE_UID).findOne({ documentId, status: 'draft', fields: ['body'] });
    return typeof draft?.body === 'string' ? draft.body : '';
  },

  /**
   * Read from the article's row (drafts link to drafts, published rows to published rows). Filtering highlights by
   * their article's documentId instead makes the database scan every highlight of the archive (a LEFT JOIN it cannot
   * reorder), on every save; the article's link rows are indexed.
   */
  async highlights(documentId: string, status: 'draft' | 'published' = 'draft'): Promise<HighlightRow[]> {
    const article = (await strapi.db.query(ARTICLE_UID).findOne({
      where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true } },
      select: ['id'],
      populate: {
        highlights: {
          select: ['documentId', ...HIGHLIGHT_FIELDS],
          populate: { source: { select: ['documentId', 'url', 'isInternal'] } },
          orderBy: { start: 'asc' },
        },
      },
    })) as { highlights?: HighlightRow[] } | null;
    return article?.highlights ?? [];
  },

  /**
   * Brings the article's highlights and sources in line with its saved draft body (`body`, when the save has it at hand,
   * or read again): one Source per linked address, highlights matched to their marks so identities survive edits (see
   * reconcileHighlights).
   */
  async sync(documentId: string, body?: string): Promise<void> {
    const sourcesService = getService(strapi, 'sources');
    const siteUrls = sourcesService.siteUrls();
    const { text, marks } = extractHighlights(body ?? (await this.draftBody(documentId)));
    const oversized = highlightSizeFindings(marks);
    if (oversized.length > 0) throw findingsError(oversized);
    const sourceUrlFor = (linkUrl: string | null) => (linkUrl ? sourceUrlOf(classifyHref(linkUrl, siteUrls)) : null);
    const sourceUrls = marks.map((mark) => sourceUrlFor(mark.linkUrl)).filter((url): url is string => url !== null);
    const sourceIds = await sourcesService.ensureSources(sourceUrls);
    const sourceOf = (linkUrl: string | null): string | null => {
      const url = sourceUrlFor(linkUrl);
      return url ? (sourceIds.get(url) ?? null) : null;
    };

    const stored = await this.highlights(documentId);
    const plan = reconcileHighlights(stored, marks, text);
    await writeHighlightPlan(strapi, { articleDocumentId: documentId, plan, stored, sourceOf });

    const linked = [...new Set(marks.map((mark) => sourceOf(mark.linkUrl)).filter((id): id is string => id !== null))];
    await sourcesService.linkDraft(ARTICLE_UID, documentId, linked);
  },

  /** What keeps the draft from being published. */
  async findings(documentId: string): Promise<Finding[]> {
    const { marks } = extractHighlights(await this.draftBody(documentId));
    return highlightLinkFindings(marks, getService(strapi, 'sources').siteUrls());
  },

  /**
   * After the article is published: its highlights are published with it, so readers see the quotes of the version
   * they read; a highlight orphaned by the new text is withdrawn.
   */
  async publishHighlights(documentId: string, drafts?: readonly HighlightRow[]): Promise<void> {
    const rows = drafts ?? (await this.highlights(documentId));
    const highlights = bulkDocuments(strapi, HIGHLIGHT_UID);
    await highlights.unpublish(rows.filter((row) => row.anchorState === 'orphaned').map((row) => row.documentId));
    await highlights.publish(rows.filter((row) => row.anchorState !== 'orphaned').map((row) => row.documentId));
  },

  async unpublishHighlights(documentId: string): Promise<void> {
    const rows = await this.highlights(documentId);
    await bulkDocuments(strapi, HIGHLIGHT_UID).unpublish(rows.map((row) => row.documentId));
  },

  async deleteHighlights(documentId: string): Promise<void> {
    const rows = await this.highlights(documentId);
    await bulkDocuments(strapi, HIGHLIGHT_UID).remove(rows.map((row) => row.documentId));
  },
});

export type ArticleSourcingService = ReturnType<typeof articleSourcing>;
export default articleSourcing;
