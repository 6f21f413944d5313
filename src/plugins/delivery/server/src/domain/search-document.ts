import { foldText, plainText } from './search-text';

/**
 * What the search index holds of a published story: what an answer shows (title, address parts, date) and the plain
 * text a snippet is cut from, beside the folded text the engine indexes.
 */
export interface IndexedStory {
  uid: string;
  documentId: string;
  slug: string;
  permalink: string | null;
  /** The date the story's address and answer give: an article's first publication, a fact check's last. */
  datePublished: string;
  title: string;
  text: string;
  /** The published row's own update time: the index is out of date when the rows' latest is not its latest. */
  sourceUpdatedAt: string;
}

/** Beyond this the rest of a text is not indexed: PostgreSQL refuses a tsvector over 1 MB, and no reader searches that deep. */
export const MAX_INDEXED_CHARS = 200_000;

type Stamp = string | Date | null | undefined;

export interface ArticleRow {
  documentId: string;
  slug: string;
  permalink?: string | null;
  title: string;
  deck?: string | null;
  body?: string | null;
  datePublished?: Stamp;
  publishedAt: Stamp;
  updatedAt: Stamp;
}

export interface FactCheckRow {
  documentId: string;
  slug: string;
  title: string;
  claimReviewed?: string | null;
  summary?: string | null;
  bottomLine?: string | null;
  limitations?: string | null;
  sections?: Array<{ heading?: string | null; body?: string | null }> | null;
  publishedAt: Stamp;
  updatedAt: Stamp;
}

const iso = (value: Stamp): string => (value ? new Date(value).toISOString() : new Date(0).toISOString());
const joined = (parts: Array<string | null | undefined>): string => parts.map(plainText).filter(Boolean).join(' ');

/** An article: its deck and body are searched with its title. */
export function articleStory(uid: string, row: ArticleRow): IndexedStory {
  return {
    uid,
    documentId: row.documentId,
    slug: row.slug,
    permalink: row.permalink || null,
    datePublished: iso(row.datePublished || row.publishedAt),
    title: row.title,
    text: joined([row.deck, row.body]),
    sourceUpdatedAt: iso(row.updatedAt),
  };
}

/** A fact check: the claim, summary, each section, bottom line and limitations, in the order a reader meets them. */
export function factCheckStory(uid: string, row: FactCheckRow): IndexedStory {
  const sections = (row.sections ?? []).flatMap((section) => [section.heading, section.body]);
  return {
    uid,
    documentId: row.documentId,
    slug: row.slug,
    permalink: null,
    datePublished: iso(row.publishedAt),
    title: row.title,
    text: joined([row.claimReviewed, row.summary, ...sections, row.bottomLine, row.limitations]),
    sourceUpdatedAt: iso(row.updatedAt),
  };
}

/**
 * How much of the text's opening PostgreSQL ranks on, beside the title: ranking a common word reads every match's
 * vector, and a whole article's is too big to read thousands of times within a reader's wait.
 */
export const RANKED_LEAD_CHARS = 1_000;

/** The story's title and text as the engines index them, folded like every query is, and the opening ranked on. */
export function foldedFields(story: IndexedStory): { foldedTitle: string; foldedText: string; foldedLead: string } {
  const foldedText = foldText(story.text.slice(0, MAX_INDEXED_CHARS));
  return { foldedTitle: foldText(story.title), foldedText, foldedLead: foldedText.slice(0, RANKED_LEAD_CHARS) };
}
