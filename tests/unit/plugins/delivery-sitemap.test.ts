import { NEWS_SITEMAP_LIMIT, SITEMAP_LIMIT, newsSitemapXml, sitemapXml } from '../../../src/plugins/delivery/server/src/domain/sitemap';
import { feedItem, only, parse, site, texts, wellFormednessProblems } from '../../helpers/delivery-views';
import { newsSitemapErrors } from '../../helpers/standards/sitemaps';

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

describe('newsSitemapXml on a quiet two days', () => {
  const now = new Date('2026-02-20T12:00:00.000Z');

  it('lists the newest story given as a plain URL, without news metadata', () => {
    const xml = newsSitemapXml([feedItem({ url: 'https://x.org/last-week', datePublished: '2026-02-13T08:00:00.000Z' })], site, now);
    expect(texts(parse(xml), 'loc')).toEqual(['https://x.org/last-week']);
    expect(xml).not.toContain('news:news');
  });

  it('lists the site’s home page when there is no story at all', () => {
    expect(texts(parse(newsSitemapXml([], site, now)), 'loc')).toEqual([site.siteUrl]);
  });

  it.each([
    ['no story in the window', [feedItem({ datePublished: '2026-01-01T08:00:00.000Z' })]],
    ['no story at all', []],
    ['a story in the window', [feedItem({ datePublished: '2026-02-20T08:00:00.000Z' })]],
  ])('is valid against the sitemaps.org and Google News schemas with %s', async (_case, items) => {
    expect(await newsSitemapErrors(newsSitemapXml(items, site, now))).toEqual([]);
  });
});
