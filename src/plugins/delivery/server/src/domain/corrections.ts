import type { FeedItem } from './types';
import { escapeXml } from './xml';

/**
 * A story's corrections as readers are told them: newest first, without who made them. The log is stored oldest first
 * and only ever appended to, each entry dated when it was added, so its reverse is newest first.
 */

export interface ReaderCorrection {
  key: string;
  /** correction, clarification or update. */
  kind: string;
  text: string;
  /** When it was made, ISO 8601. */
  date: string;
}

/** A stored entry as the document service populates it (its author is never read here). */
export interface StoredCorrection {
  key?: string | null;
  kind?: string | null;
  text?: string | null;
  date?: string | Date | null;
}

const isoOf = (date: string | Date | null | undefined): string => (date instanceof Date ? date.toISOString() : (date ?? ''));

export function readerCorrections(stored: readonly StoredCorrection[] | null | undefined): ReaderCorrection[] {
  return (stored ?? [])
    .filter((entry) => entry.key && entry.kind && entry.text)
    .map((entry) => ({ key: String(entry.key), kind: String(entry.kind), text: String(entry.text), date: isoOf(entry.date) }))
    .reverse();
}

/** schema.org `correction` of a CreativeWork (NewsArticle, ClaimReview): one CorrectionComment per entry. */
export function correctionComments(corrections: readonly ReaderCorrection[]): Array<Record<string, unknown>> {
  return corrections.map((entry) => ({ '@type': 'CorrectionComment', text: entry.text, datePublished: entry.date }));
}

export const kindLabel = (kind: string): string => kind.charAt(0).toUpperCase() + kind.slice(1);

/** "19 February 2026": the newsroom's house style for dates. */
export function houseDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The notes a feed reader shows under a corrected story's text, as a site shows them under the story (Newspack and
 * WordPress put them in the post's content; feed readers show nothing else reliably).
 */
export function correctionsHtml(corrections: readonly ReaderCorrection[]): string {
  return corrections
    .map((entry) => `<p class="correction"><strong>${kindLabel(entry.kind)}, ${houseDate(entry.date)}:</strong> ${escapeXml(entry.text)}</p>`)
    .join('\n');
}

/** A story in the corrections list: where it is and what it is called. */
export interface CorrectedStory {
  type: 'article' | 'fact-check';
  documentId: string;
  title: string;
  slug: string;
  url: string;
}

export interface ListedCorrection extends ReaderCorrection {
  story: CorrectedStory;
}

/** One entry of the corrections feeds: the correction itself, linked to its place under the story. */
export function correctionFeedItem(entry: ListedCorrection): FeedItem {
  return {
    documentId: entry.story.documentId,
    url: `${entry.story.url}#correction-${entry.key}`,
    title: `${kindLabel(entry.kind)}: ${entry.story.title}`,
    summary: entry.text,
    contentHtml: null,
    datePublished: entry.date,
    dateModified: entry.date,
    authors: [],
    tags: [kindLabel(entry.kind)],
    imageUrl: null,
  };
}
