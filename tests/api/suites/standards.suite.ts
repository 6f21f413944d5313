import { deliveryConfig } from '../../../src/plugins/delivery/server/src/utils';
import { bySlug, readAsText } from '../../helpers/delivery';
import { http } from '../../helpers/http';
import { ARCHIVE_ARTICLES, ARCHIVE_FACT_CHECKS, importArchive } from '../../helpers/standards/archive';
import { jsonFeedErrors, rssProblems } from '../../helpers/standards/feeds';
import { claimReviewProblems, newsArticleProblems } from '../../helpers/standards/json-ld';
import { newsSitemapErrors, sitemapErrors } from '../../helpers/standards/sitemaps';
import { annotationFailures, collectionFailures } from '../../helpers/standards/web-annotation';
import { strapiInstance } from '../../helpers/strapi';

// Every public answer about the newsroom's archive, checked with the standards' own validators (tests/standards).
interface ArticleRead {
  slug: string;
  url: string;
  datePublished: string;
  category?: { slug: string } | null;
  kicker?: { slug: string } | null;
}

const feedsOf = (base: string) => [`${base}/rss.xml`, `${base}/feed.json`];

describe('Standards: every public answer valid against the standard’s own tests', () => {
  const read = new Map<string, ArticleRead>();

  beforeAll(async () => {
    await importArchive();
    for (const slug of ARCHIVE_ARTICLES) read.set(slug, (await bySlug(slug).expect(200)).body.data as ArticleRead);
  });

  describe('W3C Web Annotations', () => {
    it.each(ARCHIVE_ARTICLES)('serves the annotations of %s passing every MUST test, aimed at its page', async (slug) => {
      const response = await http().get(`/api/sourcing/articles/${slug}/annotations`).expect(200);
      expect(response.headers['content-type']).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
      const collection = JSON.parse(response.text);
      expect(collectionFailures(collection)).toEqual([]);
      for (const annotation of collection.first.items) {
        expect([annotation.id, annotationFailures({ '@context': collection['@context'], ...annotation })]).toEqual([annotation.id, []]);
        expect(annotation.target.source).toBe(read.get(slug)?.url);
      }
    });
  });

  describe('schema.org JSON-LD', () => {
    it.each(ARCHIVE_ARTICLES)('describes %s as a NewsArticle Google can read, dated on the newsroom’s clock', async (slug) => {
      const jsonLd = JSON.parse((await http().get(`/api/articles/by-slug/${slug}/jsonld`).expect(200)).text);
      const article = read.get(slug) as ArticleRead;
      expect(newsArticleProblems(jsonLd, { url: article.url, datePublished: article.datePublished })).toEqual([]);
    });

    it.each(ARCHIVE_FACT_CHECKS)('describes the fact check %s as a ClaimReview Google can read', async (slug) => {
      const factCheck = (await http().get(`/api/fact-checks/by-slug/${slug}`).expect(200)).body.data;
      const jsonLd = JSON.parse((await http().get(`/api/fact-checks/by-slug/${slug}/jsonld`).expect(200)).text);
      expect(claimReviewProblems(jsonLd, { url: factCheck.url, datePublished: factCheck.publishedAt })).toEqual([]);
    });
  });

  describe('Sitemaps', () => {
    it('lists every archive article and fact check in a sitemap valid against the sitemaps.org schema', async () => {
      const xml = (await readAsText('/api/sitemap.xml').expect(200)).body as string;
      expect(await sitemapErrors(xml)).toEqual([]);
      for (const article of read.values()) expect(xml).toContain(`<loc>${article.url}</loc>`);
      for (const slug of ARCHIVE_FACT_CHECKS) expect(xml).toContain(`/fact-checks/${slug}/</loc>`);
    });

    it('serves a news sitemap valid against the sitemaps.org and Google News schemas', async () => {
      const xml = (await readAsText('/api/news-sitemap.xml').expect(200)).body as string;
      expect(await newsSitemapErrors(xml)).toEqual([]);
    });

    it('keeps the news sitemap valid with the archive’s articles in its window, and with none', async () => {
      const feeds = strapiInstance().plugin('delivery').service('feeds');
      const newest = [...read.values()].map((article) => Date.parse(article.datePublished)).sort((a, b) => b - a)[0];
      const recent = (await feeds.newsSitemap(new Date(newest + 60 * 60 * 1000))).body as string;
      expect(recent).toContain('<news:news>');
      expect(await newsSitemapErrors(recent)).toEqual([]);
      // Before the first story was written, no article is in the window: still a valid sitemap.
      const empty = (await feeds.newsSitemap(new Date('2000-01-01T00:00:00Z'))).body as string;
      expect(empty).not.toContain('<news:news>');
      expect(await newsSitemapErrors(empty)).toEqual([]);
    });
  });

  describe('Feeds', () => {
    const everyFeed = (): string[] => {
      const categories = new Set([...read.values()].flatMap((article) => (article.category ? [article.category.slug] : [])));
      const kickers = new Set([...read.values()].flatMap((article) => (article.kicker ? [article.kicker.slug] : [])));
      return [
        ...feedsOf('/api/feeds'),
        ...[...categories].flatMap((slug) => feedsOf(`/api/feeds/categories/${slug}`)),
        ...[...kickers].flatMap((slug) => feedsOf(`/api/feeds/kickers/${slug}`)),
        '/api/corrections/rss.xml',
        '/api/corrections/feed.json',
      ];
    };

    it('reads every site, category, kicker and corrections feed with a real parser or the JSON Feed 1.1 schema', async () => {
      const feeds = everyFeed();
      expect(feeds.length).toBeGreaterThan(6);
      for (const path of feeds) {
        const text = (await readAsText(path).expect(200)).body as string;
        const problems = path.endsWith('.json') ? jsonFeedErrors(JSON.parse(text)) : (await rssProblems(text)).problems;
        expect([path, problems]).toEqual([path, []]);
      }
    });

    it('carries every archive article in the feed of its category', async () => {
      for (const article of read.values()) {
        if (!article.category) continue;
        const { feed } = await rssProblems((await readAsText(`/api/feeds/categories/${article.category.slug}/rss.xml`).expect(200)).body as string);
        expect(feed.items.map((item) => item.link)).toContain(article.url);
      }
    });
  });

  describe('Old addresses', () => {
    it('answers by permalink exactly as by slug, and keeps the answer in the cache as by slug', async () => {
      const config = deliveryConfig(strapiInstance());
      const cache = strapiInstance().plugin('delivery').service('cache');
      for (const article of read.values()) {
        const address = `/api/articles/by-permalink?path=${encodeURIComponent(article.url.slice(config.site.siteUrl.length - 1))}`;
        const viaPermalink = await http().get(address).expect(200);
        expect([article.slug, viaPermalink.body]).toEqual([article.slug, (await bySlug(article.slug).expect(200)).body]);
        expect([address, Boolean(cache.lookup(address))]).toEqual([address, true]);
      }
    });
  });
});
