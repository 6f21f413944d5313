import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import {
  HEADLINE_LIMIT,
  VERDICT_RATINGS,
  claimReviewJsonLd,
  newsArticleJsonLd,
  serializeJsonLd,
} from '../../../src/plugins/delivery/server/src/domain/json-ld';
import { JSON_FEED_VERSION, jsonFeed, rssFeed } from '../../../src/plugins/delivery/server/src/domain/feeds';
import {
  NEWS_SITEMAP_LIMIT,
  SITEMAP_LIMIT,
  newsSitemapXml,
  sitemapXml,
} from '../../../src/plugins/delivery/server/src/domain/sitemap';
import { cdata, escapeXml } from '../../../src/plugins/delivery/server/src/domain/xml';
import type {
  ArticleView,
  FactCheckView,
  FeedItem,
  FeedScope,
  SiteSettings,
  Verdict,
} from '../../../src/plugins/delivery/server/src/domain/types';

const AI_SOURCE = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';

const site: SiteSettings = {
  siteUrl: 'https://the-adriatic.github.io/the-adriatic/',
  name: 'The Adriatic',
  description: 'News from the Adriatic coast',
  language: 'en',
  logoUrl: 'https://the-adriatic.github.io/the-adriatic/logo.png',
};

const article = (overrides: Partial<ArticleView> = {}): ArticleView => ({
  documentId: 'a1',
  url: 'https://the-adriatic.github.io/the-adriatic/politics/port-deal/',
  title: 'Port deal signed',
  deck: 'The harbour goes to a private operator for 30 years.',
  datePublished: '2026-02-19T08:00:00.000Z',
  dateModified: '2026-02-19T09:30:00.000+01:00',
  kicker: { name: 'Port of Rijeka', slug: 'port-of-rijeka' },
  category: { name: 'Politics', slug: 'politics' },
  authors: [{ name: 'Ana Horvat', url: 'https://the-adriatic.github.io/the-adriatic/authors/ana-horvat/' }],
  image: {
    url: 'https://cdn.example.org/port.jpg',
    caption: 'The container terminal',
    credit: 'Illustration: The Adriatic / generated with an AI model',
    digitalSourceType: AI_SOURCE,
    width: 1200,
    height: 675,
  },
  citations: ['https://gov.example.org/contract.pdf', 'https://news.example.com/port'],
  ...overrides,
});

const factCheck = (overrides: Partial<FactCheckView> = {}): FactCheckView => ({
  documentId: 'f1',
  url: 'https://the-adriatic.github.io/the-adriatic/fact-checks/bridge-cost/',
  title: 'Did the bridge cost a billion?',
  claimReviewed: 'The Pelješac bridge cost a billion euros.',
  verdict: 'false',
  summaryText: 'It cost about 526 million euros.',
  datePublished: '2026-02-18T12:00:00.000Z',
  dateModified: '2026-02-18T12:00:00.000Z',
  authors: [{ name: 'Marko Perić', url: null }],
  citations: [],
  ...overrides,
});

const feedItem = (overrides: Partial<FeedItem> = {}): FeedItem => ({
  documentId: 'a1',
  url: 'https://the-adriatic.github.io/the-adriatic/politics/port-deal/',
  title: 'Port deal signed',
  summary: 'The harbour goes to a private operator.',
  contentHtml: '<p>The harbour <em>goes</em>.</p>',
  datePublished: '2026-02-19T08:00:00.000Z',
  dateModified: '2026-02-19T09:00:00.000Z',
  authors: [{ name: 'Ana Horvat', url: null }],
  tags: ['Politics', 'Port of Rijeka'],
  imageUrl: 'https://cdn.example.org/port.jpg',
  ...overrides,
});

const scope: FeedScope = {
  title: 'The Adriatic — Politics',
  description: 'Politics from the coast',
  homePageUrl: 'https://the-adriatic.github.io/the-adriatic/politics/',
  feedUrl: 'https://the-adriatic.github.io/the-adriatic/politics/feed.xml',
};

const parse = (xml: string): Document => parseDocument(xml, { xmlMode: true });
const elements = (root: Document | Element, name: string): Element[] => DomUtils.getElementsByTagName(name, root, true);
const texts = (root: Document | Element, name: string): string[] => elements(root, name).map((node) => DomUtils.textContent(node));
const only = (root: Document | Element, name: string): Element => {
  const found = elements(root, name);
  expect(found).toHaveLength(1);
  return found[0];
};

/**
 * What htmlparser2 forgives and an XML parser would not: tags that do not nest, a raw "<" or stray "&" in text.
 * CDATA sections and the declaration are set aside first, as their content is not markup.
 */
function wellFormednessProblems(xml: string): string[] {
  const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/^<\?xml[^?]*\?>/, '');
  const problems: string[] = [];
  const stack: string[] = [];
  for (const [tag, close, name, selfClosing] of markup.matchAll(/<(\/?)([A-Za-z][\w:.-]*)(?:\s[^<>]*?)?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) problems.push(`unexpected ${tag}`);
  }
  problems.push(...stack.map((name) => `unclosed <${name}>`));
  const text = markup.replace(/<\/?[A-Za-z][^<>]*>/g, '');
  if (text.includes('<')) problems.push('raw "<" in text');
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) problems.push('stray "&" in text');
  return problems;
}

/** Every null anywhere in a JSON-LD value, by path, so a test can say none are emitted. */
function nullPaths(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => nullPaths(child, `${path}.${key}`));
}

describe('newsArticleJsonLd', () => {
  it('describes the article with headline, dates, authors, publisher, section, disclosed image and citations', () => {
    expect(newsArticleJsonLd(article(), site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://the-adriatic.github.io/the-adriatic/politics/port-deal/' },
      url: 'https://the-adriatic.github.io/the-adriatic/politics/port-deal/',
      headline: 'Port deal signed',
      description: 'The harbour goes to a private operator for 30 years.',
      datePublished: '2026-02-19T08:00:00.000Z',
      dateModified: '2026-02-19T09:30:00.000+01:00',
      author: [{ '@type': 'Person', name: 'Ana Horvat', url: 'https://the-adriatic.github.io/the-adriatic/authors/ana-horvat/' }],
      publisher: {
        '@type': 'Organization',
        name: 'The Adriatic',
        url: 'https://the-adriatic.github.io/the-adriatic/',
        logo: { '@type': 'ImageObject', url: 'https://the-adriatic.github.io/the-adriatic/logo.png' },
      },
      articleSection: 'Politics',
      keywords: 'Port of Rijeka',
      image: {
        '@type': 'ImageObject',
        url: 'https://cdn.example.org/port.jpg',
        caption: 'The container terminal',
        creditText: 'Illustration: The Adriatic / generated with an AI model',
        width: 1200,
        height: 675,
        digitalSourceType: AI_SOURCE,
      },
      citation: [
        { '@type': 'CreativeWork', url: 'https://gov.example.org/contract.pdf' },
        { '@type': 'CreativeWork', url: 'https://news.example.com/port' },
      ],
    });
  });

  it('leaves out what the article does not have instead of emitting null', () => {
    const bare = article({ deck: null, kicker: null, category: null, image: null, citations: [], authors: [{ name: 'Staff', url: null }] });
    const data = newsArticleJsonLd(bare, { ...site, logoUrl: null });

    expect(nullPaths(data)).toEqual([]);
    for (const key of ['description', 'keywords', 'articleSection', 'image', 'citation']) expect(data).not.toHaveProperty(key);
    expect(data.author).toEqual([{ '@type': 'Person', name: 'Staff' }]);
    expect(data.publisher).toEqual({ '@type': 'Organization', name: 'The Adriatic', url: site.siteUrl });
  });

  it('treats a blank deck as no deck', () => {
    expect(newsArticleJsonLd(article({ deck: '  ' }), site)).not.toHaveProperty('description');
  });

  it('leaves out an image that has no URL, and image fields that are empty', () => {
    const noUrl = article({ image: { url: null, caption: 'c', credit: 'x', digitalSourceType: AI_SOURCE, width: 1, height: 1 } });
    expect(newsArticleJsonLd(noUrl, site)).not.toHaveProperty('image');

    const bareImage = { url: 'https://cdn.example.org/a.jpg', caption: null, credit: null, digitalSourceType: null, width: null, height: null };
    const partial = article({ image: bareImage });
    expect(newsArticleJsonLd(partial, site).image).toEqual({ '@type': 'ImageObject', url: 'https://cdn.example.org/a.jpg' });
  });

  it('keeps a headline of exactly the limit as it is', () => {
    const title = `${'x'.repeat(HEADLINE_LIMIT - 5)} abcd`;
    expect(title).toHaveLength(HEADLINE_LIMIT);
    expect(newsArticleJsonLd(article({ title }), site).headline).toBe(title);
  });

  it.each([
    ['in the middle of a word', `${'Harbour '.repeat(13)}authority`, `${'Harbour '.repeat(12)}Harbour…`],
    ['right after a whole word, keeping it', `${'a'.repeat(100)} ${'b'.repeat(8)} next`, `${'a'.repeat(100)} ${'b'.repeat(8)}…`],
    ['after a comma, dropping the comma', `${'b'.repeat(100)}, cccccccccccc`, `${'b'.repeat(100)}…`],
    ['inside one word longer than the limit', 'x'.repeat(200), `${'x'.repeat(HEADLINE_LIMIT - 1)}…`],
  ])('truncates a long headline %s on a word boundary with an ellipsis', (_case, title, expected) => {
    const headline = newsArticleJsonLd(article({ title }), site).headline as string;
    expect(headline).toBe(expected);
    expect(Array.from(headline).length).toBeLessThanOrEqual(HEADLINE_LIMIT);
  });
});

describe('claimReviewJsonLd', () => {
  it('is null while the fact check has no verdict', () => {
    expect(claimReviewJsonLd(factCheck({ verdict: null }), site)).toBeNull();
  });

  it('reviews the claim with the site as author and a rating on the 1–5 scale', () => {
    expect(claimReviewJsonLd(factCheck(), site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://the-adriatic.github.io/the-adriatic/fact-checks/bridge-cost/',
      claimReviewed: 'The Pelješac bridge cost a billion euros.',
      datePublished: '2026-02-18T12:00:00.000Z',
      author: { '@type': 'Organization', name: 'The Adriatic', url: 'https://the-adriatic.github.io/the-adriatic/' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: { '@type': 'Claim' },
    });
  });

  it.each<[Verdict, number, string]>([
    ['false', 1, 'False'],
    ['mostly-false', 2, 'Mostly false'],
    ['misleading', 2, 'Misleading'],
    ['mixed', 3, 'Mixed'],
    ['mostly-true', 4, 'Mostly true'],
    ['true', 5, 'True'],
  ])('rates "%s" as %d, named "%s"', (verdict, ratingValue, alternateName) => {
    const review = claimReviewJsonLd(factCheck({ verdict }), site);
    expect(review?.reviewRating).toEqual({ '@type': 'Rating', ratingValue, bestRating: 5, worstRating: 1, alternateName });
  });

  it('gives "unproven" a name only, as it is no point on the scale', () => {
    expect(claimReviewJsonLd(factCheck({ verdict: 'unproven' }), site)?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unproven' });
    expect(VERDICT_RATINGS.unproven.ratingValue).toBeNull();
  });

  it.each([null, '', '   '])('reviews the title when the claim is %p', (claimReviewed) => {
    expect(claimReviewJsonLd(factCheck({ claimReviewed }), site)?.claimReviewed).toBe('Did the bridge cost a billion?');
  });
});

describe('serializeJsonLd', () => {
  it('escapes "<" so a value cannot close the script element, and still parses back to the same data', () => {
    const data = { headline: 'Hacked </script><script>alert(1)</script> <!-- x' };
    const json = serializeJsonLd(data);

    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('xml helpers', () => {
  it.each([
    ['the five special characters', `a & b < c > d " e ' f`, 'a &amp; b &lt; c &gt; d &quot; e &apos; f'],
    ['control characters, keeping tab, newline and carriage return', 'a\u0000b\u0007c\u001Fd\te\nf\rg', 'abcd\te\nf\rg'],
    ['lone surrogates and U+FFFE/U+FFFF, keeping paired ones', 'a\uD800b\uDC00c\uFFFEd\uFFFFe😀', 'abcde😀'],
  ])('escapeXml handles %s', (_case, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it('cdata splits "]]>" so the section cannot end early', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
  });
});

describe('rssFeed', () => {
  const items = [
    feedItem(),
    feedItem({
      documentId: 'a2',
      url: 'https://the-adriatic.github.io/the-adriatic/b/',
      title: 'Second',
      dateModified: '2026-02-20T10:15:00.000Z',
      summary: null,
      contentHtml: null,
      authors: [],
      tags: [],
    }),
  ];

  it('is well-formed RSS 2.0 with the channel, its self link and one item per story', () => {
    const xml = rssFeed(scope, items, site);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(wellFormednessProblems(xml)).toEqual([]);

    const doc = parse(xml);
    const rss = only(doc, 'rss');
    expect(rss.attribs).toEqual({
      version: '2.0',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
      'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
    });
    const channel = only(rss, 'channel');
    const channelText = (name: string) => DomUtils.textContent(DomUtils.getElementsByTagName(name, channel.children, false)[0]);
    expect(['title', 'link', 'description', 'language'].map(channelText)).toEqual([scope.title, scope.homePageUrl, scope.description, 'en']);
    expect(only(channel, 'atom:link').attribs).toEqual({ href: scope.feedUrl, rel: 'self', type: 'application/rss+xml' });
    expect(texts(channel, 'guid')).toEqual([items[0].url, items[1].url]);
  });

  it('describes each item with link, permalink guid, RFC 822 date, summary, full content, creators and categories', () => {
    const item = elements(parse(rssFeed(scope, [feedItem({ authors: [{ name: 'Ana', url: null }, { name: 'Ivo', url: null }] })], site)), 'item')[0];
    expect(texts(item, 'title')).toEqual(['Port deal signed']);
    expect(texts(item, 'link')).toEqual([feedItem().url]);
    expect(only(item, 'guid').attribs).toEqual({ isPermaLink: 'true' });
    expect(texts(item, 'pubDate')).toEqual(['Thu, 19 Feb 2026 08:00:00 GMT']);
    expect(texts(item, 'description')).toEqual(['The harbour goes to a private operator.']);
    expect(texts(item, 'content:encoded')).toEqual(['<p>The harbour <em>goes</em>.</p>']);
    expect(texts(item, 'dc:creator')).toEqual(['Ana', 'Ivo']);
    expect(texts(item, 'category')).toEqual(['Politics', 'Port of Rijeka']);
  });

  it('leaves out description and content when an item has neither', () => {
    const second = elements(parse(rssFeed(scope, items, site)), 'item')[1];
    for (const name of ['description', 'content:encoded', 'dc:creator', 'category']) expect(elements(second, name)).toEqual([]);
  });

  it('dates the build by the newest modification, and leaves the date out for an empty feed', () => {
    expect(texts(parse(rssFeed(scope, items, site)), 'lastBuildDate')).toEqual(['Fri, 20 Feb 2026 10:15:00 GMT']);
    expect(elements(parse(rssFeed(scope, [], site)), 'lastBuildDate')).toEqual([]);
  });

  it('escapes markup characters in titles and tags, and reads back the original text', () => {
    const title = 'Q&A: <b>Tolls</b> > fares & "fees"';
    const xml = rssFeed(scope, [feedItem({ title, tags: ['R&D'] })], site);

    expect(xml).toContain('Q&amp;A: &lt;b&gt;Tolls&lt;/b&gt; &gt; fares &amp; &quot;fees&quot;');
    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(texts(elements(parse(xml), 'item')[0], 'title')).toEqual([title]);
    expect(texts(parse(xml), 'category')).toEqual(['R&D']);
  });

  it('strips characters XML 1.0 forbids from text and content', () => {
    const xml = rssFeed(scope, [feedItem({ title: 'Bell\u0007 and\u0000 null\uFFFF', contentHtml: '<p>form\u000Cfeed</p>' })], site);

    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(texts(elements(parse(xml), 'item')[0], 'title')).toEqual(['Bell and null']);
    expect(texts(parse(xml), 'content:encoded')).toEqual(['<p>formfeed</p>']);
  });

  it('carries content containing "]]>" intact in one content:encoded element', () => {
    const contentHtml = '<pre>a[i[j]]>0 and ]]> again]]></pre>';
    const xml = rssFeed(scope, [feedItem({ contentHtml })], site);

    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(texts(parse(xml), 'content:encoded')).toEqual([contentHtml]);
  });
});

describe('jsonFeed', () => {
  it('is JSON Feed 1.1 with the feed and item fields readers need', () => {
    expect(jsonFeed(scope, [feedItem()], site)).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: scope.title,
      home_page_url: scope.homePageUrl,
      feed_url: scope.feedUrl,
      description: scope.description,
      language: 'en',
      items: [
        {
          id: feedItem().url,
          url: feedItem().url,
          title: 'Port deal signed',
          summary: 'The harbour goes to a private operator.',
          content_html: '<p>The harbour <em>goes</em>.</p>',
          date_published: '2026-02-19T08:00:00.000Z',
          date_modified: '2026-02-19T09:00:00.000Z',
          authors: [{ name: 'Ana Horvat' }],
          tags: ['Politics', 'Port of Rijeka'],
          image: 'https://cdn.example.org/port.jpg',
        },
      ],
    });
    expect(JSON_FEED_VERSION).toBe('https://jsonfeed.org/version/1.1');
  });

  it('leaves out empty fields but gives every item content, falling back to the summary as text', () => {
    const feed = jsonFeed(scope, [feedItem({ contentHtml: null, imageUrl: null, authors: [], tags: [] })], site);
    const [item] = feed.items as Array<Record<string, unknown>>;

    expect(nullPaths(feed)).toEqual([]);
    expect(Object.keys(item).sort()).toEqual(['content_text', 'date_modified', 'date_published', 'id', 'summary', 'title', 'url']);
    expect(item.content_text).toBe('The harbour goes to a private operator.');
  });

  it('keeps the required items list when the feed is empty', () => {
    expect(jsonFeed(scope, [], site).items).toEqual([]);
  });
});

describe('sitemapXml', () => {
  it('lists each page with loc and lastmod, escaping "&" in URLs', () => {
    const xml = sitemapXml([{ url: 'https://the-adriatic.github.io/the-adriatic/search?q=a&page=2', lastModified: '2026-02-19T08:00:00.000Z' }]);

    expect(xml).toContain('<loc>https://the-adriatic.github.io/the-adriatic/search?q=a&amp;page=2</loc>');
    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(only(parse(xml), 'urlset').attribs).toEqual({ xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
    expect(texts(parse(xml), 'loc')).toEqual(['https://the-adriatic.github.io/the-adriatic/search?q=a&page=2']);
    expect(texts(parse(xml), 'lastmod')).toEqual(['2026-02-19T08:00:00.000Z']);
  });

  it('keeps the first SITEMAP_LIMIT entries of a longer list', () => {
    const entry = (index: number) => ({ url: `https://x.org/${index}`, lastModified: '2026-02-19T08:00:00Z' });
    const entries = Array.from({ length: SITEMAP_LIMIT + 5 }, (_, index) => entry(index));
    const xml = sitemapXml(entries);

    expect(SITEMAP_LIMIT).toBe(50000);
    expect(xml.match(/<url>/g)).toHaveLength(SITEMAP_LIMIT);
    expect(xml).toContain(`<loc>https://x.org/${SITEMAP_LIMIT - 1}</loc>`);
    expect(xml).not.toContain(`<loc>https://x.org/${SITEMAP_LIMIT}</loc>`);
  });
});

describe('newsSitemapXml', () => {
  const now = new Date('2026-02-20T12:00:00.000Z');
  const HOUR = 60 * 60 * 1000;
  const publishedAgo = (ms: number, url: string) => feedItem({ url, datePublished: new Date(now.getTime() - ms).toISOString() });

  it('names the publication, its language, the date and the escaped title of each story', () => {
    const xml = newsSitemapXml([feedItem({ title: 'Tolls & fares', datePublished: '2026-02-20T08:00:00.000Z' })], site, now);
    const doc = parse(xml);

    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(only(doc, 'urlset').attribs).toEqual({
      xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
      'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
    });
    const url = only(doc, 'url');
    expect(texts(url, 'loc')).toEqual([feedItem().url]);
    expect(texts(only(url, 'news:publication'), 'news:name')).toEqual(['The Adriatic']);
    expect(texts(url, 'news:language')).toEqual(['en']);
    expect(texts(url, 'news:publication_date')).toEqual(['2026-02-20T08:00:00.000Z']);
    expect(xml).toContain('<news:title>Tolls &amp; fares</news:title>');
  });

  it('keeps only stories published in the 48 hours up to now, both ends included', () => {
    const items = [
      publishedAgo(-1, 'https://x.org/future'),
      publishedAgo(0, 'https://x.org/now'),
      publishedAgo(47 * HOUR, 'https://x.org/47h'),
      publishedAgo(48 * HOUR, 'https://x.org/48h'),
      publishedAgo(48 * HOUR + 1, 'https://x.org/48h-and-1ms'),
      publishedAgo(72 * HOUR, 'https://x.org/3-days'),
      feedItem({ url: 'https://x.org/bad-date', datePublished: 'not a date' }),
    ];
    expect(texts(parse(newsSitemapXml(items, site, now)), 'loc')).toEqual(['https://x.org/now', 'https://x.org/47h', 'https://x.org/48h']);
  });

  it('keeps at most NEWS_SITEMAP_LIMIT stories, the first given', () => {
    const items = Array.from({ length: NEWS_SITEMAP_LIMIT + 3 }, (_, index) => publishedAgo(index * 1000, `https://x.org/${index}`));
    const locs = texts(parse(newsSitemapXml(items, site, now)), 'loc');

    expect(NEWS_SITEMAP_LIMIT).toBe(1000);
    expect(locs).toHaveLength(NEWS_SITEMAP_LIMIT);
    expect(locs.at(-1)).toBe(`https://x.org/${NEWS_SITEMAP_LIMIT - 1}`);
  });
});
