import type { Core } from '@strapi/strapi';
import { listTags } from '../domain/dependency-tags';
import { jsonFeed, JSON_FEED_CONTENT_TYPE, rssFeed, RSS_CONTENT_TYPE } from '../domain/feeds';
import { newsSitemapXml, SITEMAP_CONTENT_TYPE, SITEMAP_LIMIT, sitemapXml } from '../domain/sitemap';
import type { FeedScope, SitemapEntry } from '../domain/types';
import { underSite } from '../domain/urls';
import { cmsUrl, findTaxon } from '../lookup';
import type { Rendered } from '../respond';
import { LIST_POPULATE, LIST_TYPES, NEWEST_FIRST, articleFeedItem, articleUrl, factCheckUrl, type ArticleDocument, type FactCheckDocument } from '../shape';
import { ARTICLE_UID, FACT_CHECK_UID } from '../constants';
import { deliveryConfig } from '../utils';

export type FeedFormat = 'rss' | 'json';
export type FeedOf = { kind: 'site' } | { kind: 'category' | 'kicker'; slug: string };

const ADDRESS_FIELDS = ['slug', 'permalink', 'datePublished', 'dateModified', 'publishedAt', 'updatedAt'];
// Google News reads articles of the last two days; the sitemap is rebuilt at least this often as articles age out.
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const NEWS_MAX_AGE_MS = 5 * 60 * 1000;

/** RSS 2.0 and JSON Feed 1.1 of published articles (the site, a category, a kicker), and the two sitemaps. */
const feeds = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = deliveryConfig(strapi);
  const apiUrl = (path: string) => underSite(cmsUrl(strapi), `${strapi.config.get('api.rest.prefix', '/api')}${path}`);

  async function scopeOf(of: FeedOf, format: FeedFormat): Promise<{ scope: FeedScope; filters: object } | null> {
    const file = format === 'rss' ? 'rss.xml' : 'feed.json';
    if (of.kind === 'site') {
      return {
        scope: { title: config.site.name, description: config.site.description, homePageUrl: config.site.siteUrl, feedUrl: apiUrl(`/feeds/${file}`) },
        filters: {},
      };
    }
    const found = await findTaxon(strapi, of.kind, of.slug);
    if (!found) return null;
    const name = found.taxon.name ?? found.taxon.label ?? of.slug;
    const scope = {
      title: `${config.site.name}: ${name}`,
      description: `${of.kind === 'category' ? 'Articles in' : 'The series'} ${name}`,
      homePageUrl: config.site.siteUrl,
      feedUrl: apiUrl(`/feeds/${of.kind === 'category' ? 'categories' : 'kickers'}/${encodeURIComponent(of.slug)}/${file}`),
    };
    return { scope, filters: { [of.kind]: { documentId: found.taxon.documentId } } };
  }

  const publishedArticles = (params: object) =>
    strapi.documents(ARTICLE_UID).findMany({ status: 'published', sort: NEWEST_FIRST, ...params } as never) as unknown as Promise<ArticleDocument[]>;

  return {
    async feed(of: FeedOf, format: FeedFormat): Promise<Rendered | null> {
      const found = await scopeOf(of, format);
      if (!found) return null;
      const articles = await publishedArticles({ filters: found.filters, limit: config.feedSize, populate: LIST_POPULATE });
      const items = articles.map((article) => articleFeedItem(config, article, cmsUrl(strapi)));
      const tags = listTags(LIST_TYPES);
      if (format === 'rss') return { body: rssFeed(found.scope, items, config.site), type: RSS_CONTENT_TYPE, tags };
      return { body: jsonFeed(found.scope, items, config.site), type: JSON_FEED_CONTENT_TYPE, tags };
    },

    /** Every published article and fact check, newest first. */
    async sitemap(): Promise<Rendered> {
      const [articles, factChecks] = await Promise.all([
        publishedArticles({ fields: ADDRESS_FIELDS, limit: SITEMAP_LIMIT }),
        strapi.documents(FACT_CHECK_UID).findMany({
          status: 'published',
          fields: ['slug', 'publishedAt', 'updatedAt'],
          sort: [{ publishedAt: 'desc' }],
          limit: SITEMAP_LIMIT,
        } as never) as unknown as Promise<FactCheckDocument[]>,
      ]);
      const entries: SitemapEntry[] = [
        ...articles.map((article) => ({ url: articleUrl(config, article), lastModified: article.dateModified || article.updatedAt })),
        ...factChecks.map((factCheck) => ({ url: factCheckUrl(config, factCheck), lastModified: factCheck.updatedAt })),
      ];
      return { body: sitemapXml(entries), type: SITEMAP_CONTENT_TYPE, tags: listTags([ARTICLE_UID, FACT_CHECK_UID]) };
    },

    /** Google News: the articles published in the last two days. */
    async newsSitemap(now = new Date()): Promise<Rendered> {
      const since = new Date(now.getTime() - NEWS_WINDOW_MS).toISOString();
      const fields = [...ADDRESS_FIELDS, 'title'];
      // Every published article has its first publication date (stamped on publish, backfilled at boot).
      const recent = await publishedArticles({ filters: { datePublished: { $gte: since } }, fields });
      // A quiet two days still needs one URL for a valid sitemap: the newest story, listed without news metadata.
      const articles = recent.length > 0 ? recent : await publishedArticles({ fields, limit: 1 });
      const items = articles.map((article) => articleFeedItem(config, { ...article, body: null }, cmsUrl(strapi)));
      const body = newsSitemapXml(items, config.site, now);
      return { body, type: SITEMAP_CONTENT_TYPE, tags: listTags([ARTICLE_UID]), expiresAt: now.getTime() + NEWS_MAX_AGE_MS };
    },
  };
};

export default feeds;
