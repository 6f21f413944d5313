import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, HIGHLIGHT_UID } from '../constants';
import { extractHighlights, type ExtractedMark } from '../domain/extract-highlights';
import { highlightLinkFindings, highlightSizeFindings } from '../domain/highlight-findings';
import { listsExactly } from '../domain/listed-sources';
import { findingsError } from '#kernel/errors';
import type { Finding } from '../domain/findings';
import { classifyHref, sourceUrlOf } from '../domain/link-target';
import { reconcileHighlights, type AnchorState } from '../domain/reconcile-highlights';
import { getService } from '../utils';
import { bulkDocuments } from '#kernel/bulk-documents/index';
import { readHighlightRows, readHighlights, writeHighlightPlan, type HighlightRow } from './highlight-rows';

/** Keeps an article's Highlights and Sources in step with its body. */
const articleSourcing = ({ strapi }: { strapi: Core.Strapi }) => ({
  async draftBody(documentId: string): Promise<string> {
    const draft = (await strapi.db.query(ARTICLE_UID).findOne({ where: { documentId, publishedAt: null }, select: ['body'] })) as { body?: unknown } | null;
    return typeof draft?.body === 'string' ? draft.body : '';
  },

  /** The marks of the draft's body. */
  async draftMarks(documentId: string): Promise<ExtractedMark[]> {
    return extractHighlights(await this.draftBody(documentId)).marks;
  },

  /** The highlights of the article's draft, or of its published version, with their sources, in text order. */
  highlights(documentId: string, status: 'draft' | 'published' = 'draft'): Promise<HighlightRow[]> {
    return readHighlights(strapi, documentId, status);
  },

  /**
   * Brings the article's highlights and sources in line with its saved draft body (`body`, when the save has it at hand,
   * or read again): one Source per linked address, highlights matched to their marks so identities survive edits (see
   * reconcileHighlights). Answers the body's marks.
   */
  async sync(documentId: string, body?: string): Promise<ExtractedMark[]> {
    const sourcesService = getService(strapi, 'sources');
    const siteUrls = sourcesService.siteUrls();
    const { text, marks } = extractHighlights(body ?? (await this.draftBody(documentId)));
    const oversized = highlightSizeFindings(marks);
    if (oversized.length > 0) throw findingsError(oversized);
    const sourceUrlFor = (linkUrl: string | null) => (linkUrl ? sourceUrlOf(classifyHref(linkUrl, siteUrls)) : null);
    const sourceUrls = marks.map((mark) => sourceUrlFor(mark.linkUrl)).filter((url): url is string => url !== null);
    const { rows: stored, sources: listed } = await readHighlightRows(strapi, documentId, 'draft');
    // Most saves keep their links: the sources the draft's highlights already point at need no lookup.
    const linkedByUrl = new Map(stored.flatMap(({ source }) => (source ? [[source.url, source.documentId] as const] : [])));
    const sourceIds = await sourcesService.ensureSources(sourceUrls, linkedByUrl);
    const sourceOf = (linkUrl: string | null): string | null => {
      const url = sourceUrlFor(linkUrl);
      return url ? (sourceIds.get(url) ?? null) : null;
    };

    const plan = reconcileHighlights(stored, marks, text);
    await writeHighlightPlan(strapi, { articleDocumentId: documentId, plan, stored, sourceOf });

    const linked = new Set(marks.map((mark) => sourceOf(mark.linkUrl)).filter((id): id is string => id !== null));
    if (!listsExactly(listed, linked)) await sourcesService.linkDraft(ARTICLE_UID, documentId, [...linked]);
    return marks;
  },

  /** What keeps the draft from being published: its marks' links (`marks`, when the caller has them at hand). */
  async findings(documentId: string, marks?: readonly ExtractedMark[]): Promise<Finding[]> {
    return highlightLinkFindings(marks ?? (await this.draftMarks(documentId)), getService(strapi, 'sources').siteUrls());
  },

  /**
   * After the article is published: its highlights are published with it, so readers see the quotes of the version
   * they read; a highlight orphaned by the new text is withdrawn, and one whose mark the editor took away is deleted.
   */
  async publishHighlights(documentId: string, drafts?: readonly HighlightRow[]): Promise<void> {
    const rows = drafts ?? (await this.highlights(documentId));
    const inState = (...states: AnchorState[]) => rows.filter((row) => states.includes(row.anchorState)).map((row) => row.documentId);
    const highlights = bulkDocuments(strapi, HIGHLIGHT_UID);
    await highlights.remove(inState('removed'));
    await highlights.unpublish(inState('orphaned'));
    await highlights.publish(inState('anchored', 'moved'));
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
