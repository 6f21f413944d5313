import { toSlug } from '#domain/slug';
import type { ImportedCorrection } from './correction-notes';
import { readFrontMatter } from './front-matter';
import { ImportProblem, MESSAGES } from './problems';
import { datePermalink, parseSiteDate, siteCalendarDate } from './site-dates';

export const LAYOUTS = ['post', 'opinion'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** An Article as read from one Jekyll post, before any lookup in the CMS. */
export interface ImportedArticle {
  slug: string;
  permalink: string;
  title: string;
  authors: string[];
  category: string | null;
  kicker: string | null;
  deck: string | null;
  body: string;
  datePublished: string;
  dateModified: string | null;
  layout: Layout;
  layoutType: string | null;
  /** Front-matter keys the CMS has no field for (hero_include, hidden, category_display, …), kept as written. */
  presentation: Record<string, unknown> | null;
  leadImage: { url: string | null; caption: string | null; credit: string | null };
  /** Correction notes made corrections log entries (readCorrectionNotes); absent on a post without any. */
  corrections?: ImportedCorrection[];
}

// Keys read into fields; every other key is kept in `presentation`, so nothing in the front matter is lost.
const MAPPED_KEYS = new Set([
  'title',
  'date',
  'last_modified_at',
  'author',
  'authors',
  'category',
  'kicker',
  'description',
  'deck',
  'image',
  'image_caption',
  'image_credit',
  'layout_type',
  'permalink',
  'slug',
]);

const FILE_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.(?:md|markdown|html)$/i;

function text(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') throw new ImportProblem(MESSAGES.badField(key));
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function names(data: Record<string, unknown>): string[] {
  const value = data.authors ?? data.author;
  const list = Array.isArray(value) ? value : [value];
  const result: string[] = [];
  for (const item of list) {
    if (item === undefined || item === null || item === '') continue;
    if (typeof item !== 'string') throw new ImportProblem(MESSAGES.badField('author'));
    if (item.trim() && !result.includes(item.trim())) result.push(item.trim());
  }
  return result;
}

function date(data: Record<string, unknown>, key: string, timeZone: string): string | null {
  const value = text(data, key);
  if (value === null) return null;
  const parsed = parseSiteDate(value, timeZone);
  if (!parsed) throw new ImportProblem(MESSAGES.badDate(key, value));
  return parsed;
}

/** Jekyll's `excerpt`, when it is plain text: a deck takes no markup, and one with HTML stays a presentation key only. */
function plainExcerpt(data: Record<string, unknown>): string | null {
  const excerpt = text(data, 'excerpt');
  return excerpt !== null && !/<\/?[a-z][^>]*>/i.test(excerpt) ? excerpt : null;
}

/**
 * Reads one `_posts/YYYY-MM-DD-slug.md` file. The slug is the file name's, so the site's URLs keep working; the front
 * matter's date wins over the file name's; the old permalink (`/2026/02/19/kfor-downscaling/`, or the post's own
 * `permalink`) is recorded so it can be resolved later. Throws an ImportProblem saying what is wrong with the file.
 */
export function parseJekyllPost(fileName: string, source: string, timeZone: string): ImportedArticle {
  const { data, body } = readFrontMatter(source);
  const title = text(data, 'title');
  if (!title) throw new ImportProblem(MESSAGES.missingTitle);
  const named = FILE_NAME.exec(fileName);
  const datePublished = date(data, 'date', timeZone) ?? (named ? parseSiteDate(named[1], timeZone) : null);
  if (!datePublished) throw new ImportProblem(MESSAGES.badFileName);
  const slug = toSlug(text(data, 'slug') ?? (named ? named[2] : fileName.replace(/\.[^.]+$/, '')));
  if (!slug) throw new ImportProblem(MESSAGES.badFileName);

  const layoutText = text(data, 'layout');
  const layout = LAYOUTS.find((known) => known === layoutText) ?? 'post';
  const presentation: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (MAPPED_KEYS.has(key) || (key === 'layout' && layout === layoutText)) continue;
    presentation[key] = value;
  }
  return {
    slug,
    permalink: text(data, 'permalink') ?? datePermalink(siteCalendarDate(datePublished, timeZone), slug),
    title,
    authors: names(data),
    category: text(data, 'category'),
    kicker: text(data, 'kicker'),
    // Jekyll's `excerpt` is what themes show as a summary when there is no description; it stays among the presentation
    // keys too, as written, so the post's front matter can be given back as it was.
    deck: text(data, 'description') ?? text(data, 'deck') ?? plainExcerpt(data),
    body,
    datePublished,
    // A post never modified was last modified when it was published, not when it was imported.
    dateModified: date(data, 'last_modified_at', timeZone) ?? datePublished,
    layout,
    layoutType: text(data, 'layout_type'),
    presentation: Object.keys(presentation).length > 0 ? presentation : null,
    leadImage: { url: text(data, 'image'), caption: text(data, 'image_caption'), credit: text(data, 'image_credit') },
  };
}
