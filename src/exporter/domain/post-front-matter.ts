import { toSlug } from '#domain/slug';
import { datePermalink, parseSiteDate, siteCalendarDate } from '../../importer/domain/site-dates';
import { siteDateText } from './dates';

/** An article as the exporter reads it from the CMS, relations resolved to their labels. */
export interface ArticleForExport {
  slug: string;
  title: string;
  permalink: string | null;
  datePublished: string;
  dateModified: string | null;
  layout: string;
  layoutType: string | null;
  authors: string[];
  category: { name: string; slug: string } | null;
  kicker: { label: string; slug: string } | null;
  deck: string | null;
  body: string;
  leadImage: { url: string | null; caption: string | null; credit: string | null } | null;
  presentation: Record<string, unknown> | null;
  /** True for an article readers cannot see: written to `_drafts/`. */
  draft: boolean;
}

type Data = Record<string, unknown>;

/** A front-matter value as the importer reads it into a field: trimmed text, numbers and booleans as text. */
function asText(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return null;
  return value.trim() === '' ? null : value.trim();
}

/** The bylines as the importer reads `authors` or `author`: a name or a list of names, trimmed, each once. */
function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map(asText).filter((name): name is string => name !== null);
  return [...new Set(names)];
}

const isEmpty = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
const sameDate = (timeZone: string, iso: string | null) => (written: unknown) => {
  const text = asText(written);
  return iso !== null && text !== null && parseSiteDate(text, timeZone) === iso;
};

/**
 * The front matter of one post in the site's own keys. Where the CMS still holds what the post's front matter said when
 * it was imported (`original`), the value is written as the post wrote it (`politics` where the category is labelled
 * Politics, an empty `image:`, a date as typed); a value an editor changed is written as the CMS holds it, and a key the
 * post did not have is not added when the CMS holds only what the importer infers without it (the date of the file
 * name, a modification date equal to the publication date, the date permalink, the deck read from the excerpt).
 * Every presentation key (category_display, excerpt, hero_include, an unknown layout) is written back as stored.
 */
export function postFrontMatter(article: ArticleForExport, original: Data | null, timeZone: string): Data {
  const data: Data = {};
  const had = (key: string) => original !== null && Object.hasOwn(original, key);
  const imported = original !== null;
  const put = (key: string, value: unknown, same: (written: unknown) => boolean) => {
    if (isEmpty(value) || (Array.isArray(value) && value.length === 0)) {
      if (had(key) && isEmpty(original?.[key])) data[key] = original?.[key];
      return;
    }
    data[key] = had(key) && same(original?.[key]) ? original?.[key] : value;
  };
  const putText = (key: string, value: string | null) => put(key, value, (written) => asText(written) === value);
  const presentation = article.presentation ?? {};

  if (!Object.hasOwn(presentation, 'layout') && (had('layout') || !imported || article.layout !== 'post')) putText('layout', article.layout);
  putText('title', article.title);
  const published = article.datePublished;
  const atMidnight = !siteDateText(published, timeZone).includes(' ');
  // A draft's file name carries no date (`_drafts/slug.md`), so its front matter must.
  if (had('date') || !imported || !atMidnight || article.draft) put('date', siteDateText(published, timeZone), sameDate(timeZone, published));
  const modified = article.dateModified;
  if (modified !== null && (had('last_modified_at') || modified !== published)) {
    put('last_modified_at', siteDateText(modified, timeZone), sameDate(timeZone, modified));
  }
  const bylineKey = had('authors') || (!had('author') && article.authors.length > 1) ? 'authors' : 'author';
  const byline = bylineKey === 'author' && article.authors.length === 1 ? article.authors[0] : article.authors;
  put(bylineKey, byline, (written) => JSON.stringify(namesOf(written)) === JSON.stringify(article.authors));
  put('category', article.category?.name ?? null, (written) => toSlug(asText(written) ?? '') === article.category?.slug);
  put('kicker', article.kicker?.label ?? null, (written) => toSlug(asText(written) ?? '') === article.kicker?.slug);
  const fromExcerpt = !had('description') && !had('deck') && article.deck !== null && asText(presentation.excerpt) === article.deck;
  if (!fromExcerpt) putText(had('deck') && !had('description') ? 'deck' : 'description', article.deck);
  putText('image', article.leadImage?.url ?? null);
  putText('image_caption', article.leadImage?.caption ?? null);
  putText('image_credit', article.leadImage?.credit ?? null);
  putText('layout_type', article.layoutType);
  const datePath = datePermalink(siteCalendarDate(published, timeZone), article.slug);
  if (had('permalink') || (article.permalink !== null && article.permalink !== datePath)) putText('permalink', article.permalink);
  if (had('slug')) put('slug', article.slug, (written) => toSlug(asText(written) ?? '') === article.slug);
  Object.assign(data, presentation);
  return ordered(data, original);
}

/** The keys in the order the post had them; the rest after, in the order written above. */
function ordered(data: Data, original: Data | null): Data {
  const written = original ? Object.keys(original) : [];
  const rank = (key: string) => (written.includes(key) ? written.indexOf(key) : written.length);
  const keys = Object.keys(data).map((key, index) => ({ key, index }));
  keys.sort((a, b) => rank(a.key) - rank(b.key) || a.index - b.index);
  return Object.fromEntries(keys.map(({ key }) => [key, data[key]]));
}
