import { correctionsHtml, type ReaderCorrection } from './corrections';
import type { Byline, FeedItem, FeedScope, SiteSettings } from './types';
import { omitEmpty } from './json-ld';
import { XML_DECLARATION, cdata, emptyElement, textElement } from './xml';

/**
 * RSS 2.0 and JSON Feed 1.1 for a slice of the site. Both are built from the same items, in the order given (newest
 * first), so a reader switching formats sees the same stories.
 */

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
export const JSON_FEED_CONTENT_TYPE = 'application/feed+json; charset=utf-8';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** Atom for the self link, content for the full HTML, Dublin Core for bylines (RSS's own <author> wants an email). */
const RSS_OPEN_TAG =
  '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/"' +
  ' xmlns:dc="http://purl.org/dc/elements/1.1/">';

/** Milliseconds since the epoch, or null for a date that does not parse, so one bad value cannot break a feed. */
function timeOf(iso: string): number | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

/** RSS wants RFC 822 dates; Date#toUTCString gives the RFC 1123 form ("Thu, 19 Feb 2026 08:00:00 GMT") it accepts. */
function rfc822(iso: string): string | null {
  const time = timeOf(iso);
  return time === null ? null : new Date(time).toUTCString();
}

/** The latest modification among the items: the feed changed when its newest edit happened. */
function lastModified(items: FeedItem[]): string | null {
  const times = items.map((item) => timeOf(item.dateModified)).filter((time): time is number => time !== null);
  return times.length ? new Date(Math.max(...times)).toUTCString() : null;
}

/** The lines of an element list, leaving out the ones with nothing to say. */
function lines(parts: Array<string | null>): string {
  return parts.filter((part): part is string => part !== null).join('\n');
}

/**
 * A corrected story is marked in both formats the way a reader and a machine can each see it: a "Corrected" category
 * (RSS `<category>`, JSON Feed `tags`), the notes under its text, as the site shows them, and its modification date
 * no earlier than its latest correction (what Ghost and WordPress feeds move on an edit). JSON Feed also carries the
 * entries themselves in its `_corrections` extension (extensions are keys starting with "_", which readers ignore).
 */
export const CORRECTED_TAG = 'Corrected';

const correctionsOf = (item: FeedItem): ReaderCorrection[] => item.corrections ?? [];

function markedCorrected(item: FeedItem): FeedItem {
  const corrections = correctionsOf(item);
  if (corrections.length === 0) return item;
  const notes = correctionsHtml(corrections);
  const latest = corrections.map((entry) => entry.date).reduce((a, b) => ((timeOf(b) ?? 0) > (timeOf(a) ?? 0) ? b : a), item.dateModified);
  return {
    ...item,
    contentHtml: item.contentHtml?.trim() ? `${item.contentHtml}\n${notes}` : item.contentHtml,
    dateModified: latest,
    tags: [...item.tags, CORRECTED_TAG],
  };
}

function rssItem(item: FeedItem): string {
  const pubDate = rfc822(item.datePublished);
  return lines([
    '<item>',
    textElement('title', item.title),
    textElement('link', item.url),
    textElement('guid', item.url, { isPermaLink: 'true' }),
    pubDate !== null ? textElement('pubDate', pubDate) : null,
    item.summary?.trim() ? textElement('description', item.summary) : null,
    // Full HTML goes in CDATA, where it stays readable markup instead of a wall of entities.
    item.contentHtml?.trim() ? `<content:encoded>${cdata(item.contentHtml)}</content:encoded>` : null,
    ...item.authors.map((author) => textElement('dc:creator', author.name)),
    ...item.tags.map((tag) => textElement('category', tag)),
    '</item>',
  ]);
}

export function rssFeed(scope: FeedScope, unmarked: FeedItem[], site: SiteSettings): string {
  const items = unmarked.map(markedCorrected);
  const lastBuildDate = lastModified(items);
  return lines([
    XML_DECLARATION,
    RSS_OPEN_TAG,
    '<channel>',
    textElement('title', scope.title),
    textElement('link', scope.homePageUrl),
    textElement('description', scope.description),
    textElement('language', site.language),
    lastBuildDate !== null ? textElement('lastBuildDate', lastBuildDate) : null,
    // The self link lets readers and validators find the feed's canonical address from a copy of it.
    emptyElement('atom:link', { href: scope.feedUrl, rel: 'self', type: 'application/rss+xml' }),
    ...items.map(rssItem),
    '</channel>',
    '</rss>',
  ]).concat('\n');
}

type Json = Record<string, unknown>;

function jsonAuthor(byline: Byline): Json {
  return omitEmpty({ name: byline.name, url: byline.url });
}

/**
 * JSON Feed requires content_html or content_text on every item. Without the full HTML, the summary (or, lacking
 * one, the title) stands in as plain text.
 */
function jsonContent(item: FeedItem): Json {
  return item.contentHtml?.trim() ? { content_html: item.contentHtml } : { content_text: item.summary?.trim() || item.title };
}

/** Null and empty values are left out: JSON Feed readers handle a missing key better than a null one. */
function jsonItem(item: FeedItem): Json {
  const corrections = correctionsOf(item).map(({ kind, text, date }) => ({ kind, text, date }));
  return omitEmpty({
    id: item.url,
    url: item.url,
    title: item.title,
    summary: item.summary,
    ...jsonContent(item),
    date_published: item.datePublished,
    date_modified: item.dateModified,
    authors: item.authors.map(jsonAuthor),
    tags: item.tags,
    image: item.imageUrl,
    _corrections: corrections.length > 0 ? { entries: corrections } : null,
  });
}

export function jsonFeed(scope: FeedScope, items: FeedItem[], site: SiteSettings): Json {
  const header = omitEmpty({
    version: JSON_FEED_VERSION,
    title: scope.title,
    home_page_url: scope.homePageUrl,
    feed_url: scope.feedUrl,
    description: scope.description,
    language: site.language,
  });
  // items is required, even when the slice has no stories yet.
  return { ...header, items: items.map(markedCorrected).map(jsonItem) };
}
