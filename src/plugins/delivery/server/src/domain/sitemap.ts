import type { FeedItem, SiteSettings, SitemapEntry } from './types';
import { XML_DECLARATION, textElement } from './xml';

/**
 * The sitemaps.org sitemap of every public page, and the Google News sitemap of recent stories. Both take their
 * entries newest first and keep the head of the list when there are more than the format allows, so what is cut is
 * the oldest.
 */

export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';

/** sitemaps.org allows at most 50,000 URLs in one sitemap file. */
export const SITEMAP_LIMIT = 50000;

/** Google News reads at most 1,000 URLs from one news sitemap. */
export const NEWS_SITEMAP_LIMIT = 1000;

/** Google News only lists articles published in the last two days. */
export const NEWS_SITEMAP_WINDOW_MS = 48 * 60 * 60 * 1000;

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NAMESPACE = 'http://www.google.com/schemas/sitemap-news/0.9';

function urlset(openTag: string, urls: string[]): string {
  return [XML_DECLARATION, openTag, ...urls, '</urlset>'].join('\n').concat('\n');
}

function urlEntry(entry: SitemapEntry): string {
  // lastmod is optional; a blank one would fail validation, so it is left out instead.
  const lastmod = entry.lastModified.trim() ? textElement('lastmod', entry.lastModified) : '';
  return `<url>${textElement('loc', entry.url)}${lastmod}</url>`;
}

export function sitemapXml(entries: SitemapEntry[]): string {
  return urlset(`<urlset xmlns="${SITEMAP_NAMESPACE}">`, entries.slice(0, SITEMAP_LIMIT).map(urlEntry));
}

/**
 * Whether an item was published within the news window ending at `now`, both ends included. A date after `now` (a
 * clock ahead, a bad import) or one that does not parse is left out rather than guessed at.
 */
export function isRecentNews(item: FeedItem, now: Date): boolean {
  const age = now.getTime() - Date.parse(item.datePublished);
  return age >= 0 && age <= NEWS_SITEMAP_WINDOW_MS;
}

function newsEntry(item: FeedItem, site: SiteSettings): string {
  const publication = [textElement('news:name', site.name), textElement('news:language', site.language)].join('');
  const news = [
    `<news:publication>${publication}</news:publication>`,
    textElement('news:publication_date', item.datePublished),
    textElement('news:title', item.title),
  ].join('');
  return `<url>${textElement('loc', item.url)}<news:news>${news}</news:news></url>`;
}

/**
 * The Google News sitemap of the stories in the window, newest first. The sitemaps.org schema wants at least one
 * `<url>` in a urlset, so a quiet two days (no story in the window) lists the newest story given, or the site's home
 * page when there is none, as a plain URL without `<news:news>`: Google's News sitemap guidelines allow an older
 * article's URL without the news metadata, and Google News reads no news from it.
 */
export function newsSitemapXml(items: FeedItem[], site: SiteSettings, now: Date): string {
  const recent = items.filter((item) => isRecentNews(item, now)).slice(0, NEWS_SITEMAP_LIMIT);
  const entries = recent.length > 0 ? recent.map((item) => newsEntry(item, site)) : [`<url>${textElement('loc', items[0]?.url ?? site.siteUrl)}</url>`];
  return urlset(`<urlset xmlns="${SITEMAP_NAMESPACE}" xmlns:news="${NEWS_NAMESPACE}">`, entries);
}
