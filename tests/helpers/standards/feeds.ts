import fs from 'fs';
import path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import Parser from 'rss-parser';

/**
 * Feeds read as their readers read them: JSON Feed against the JSON Feed 1.1 JSON Schema (tests/standards/json-feed,
 * vendored, draft-07), RSS through rss-parser (a real parser: XML that does not parse is refused) and then held to the
 * RSS 2.0 specification's rules for what a channel and an item must carry.
 */

const JSON_FEED_SCHEMA = path.resolve(__dirname, '..', '..', 'standards', 'json-feed', 'schema-v1.1.json');

let jsonFeedValidator: ReturnType<Ajv['compile']> | null = null;

/** Ajv's messages for the feed (instance path and message); empty when it is valid JSON Feed 1.1. */
export function jsonFeedErrors(feed: unknown): string[] {
  if (!jsonFeedValidator) {
    // strict: false because the published schema predates Ajv 8's strict mode (it uses `format` beside `enum`).
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    jsonFeedValidator = ajv.compile(JSON.parse(fs.readFileSync(JSON_FEED_SCHEMA, 'utf8')));
  }
  if (jsonFeedValidator(feed)) return [];
  return (jsonFeedValidator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

export interface ParsedRss {
  title?: string;
  link?: string;
  description?: string;
  lastBuildDate?: string;
  items: Array<{ title?: string; link?: string; guid?: string; pubDate?: string; content?: string; 'content:encoded'?: string; categories?: string[] }>;
}

const parser = new Parser({ customFields: { feed: ['lastBuildDate'] } });

// RFC 822 as RSS 2.0 asks, with a four-digit year ("Thu, 19 Feb 2026 08:00:00 GMT").
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d(:\d\d)? (GMT|UT|[+-]\d{4})$/;
const isAbsoluteUrl = (value: string | undefined): boolean => typeof value === 'string' && /^https?:\/\//.test(value) && URL.canParse(value);

/**
 * The RSS 2.0 rules the feed breaks (https://www.rssboard.org/rss-specification): a channel has a title, an absolute
 * link and a description; an item has a title or a description; links and a permalink guid are absolute URLs; dates
 * are RFC 822. Throws when the parser cannot read the feed at all.
 */
export async function rssProblems(xml: string): Promise<{ feed: ParsedRss; problems: string[] }> {
  const feed = (await parser.parseString(xml)) as unknown as ParsedRss;
  const problems: string[] = [];
  const problem = (condition: boolean, message: string) => (condition ? undefined : problems.push(message));
  problem(/<rss version="2\.0"/.test(xml), 'the root is not <rss version="2.0">');
  problem(Boolean(feed.title?.trim()), 'the channel has no title');
  problem(isAbsoluteUrl(feed.link), `the channel link "${feed.link}" is not an absolute URL`);
  problem(typeof feed.description === 'string', 'the channel has no description');
  if (feed.lastBuildDate !== undefined) problem(RFC_822.test(feed.lastBuildDate), `lastBuildDate "${feed.lastBuildDate}" is not RFC 822`);
  feed.items.forEach((item, index) => {
    const where = `item ${index + 1}`;
    problem(Boolean(item.title?.trim() || item.content?.trim()), `${where} has neither a title nor a description`);
    problem(isAbsoluteUrl(item.link), `${where}'s link "${item.link}" is not an absolute URL`);
    problem(isAbsoluteUrl(item.guid), `${where}'s permalink guid "${item.guid}" is not an absolute URL`);
    if (item.pubDate !== undefined) problem(RFC_822.test(item.pubDate), `${where}'s pubDate "${item.pubDate}" is not RFC 822`);
  });
  return { feed, problems };
}
