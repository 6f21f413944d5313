import type { Core } from '@strapi/strapi';
import { listTags } from '../domain/dependency-tags';
import { jsonFeed, JSON_FEED_CONTENT_TYPE, rssFeed, RSS_CONTENT_TYPE } from '../domain/feeds';
import { newsSitemapXml, SITEMAP_CONTENT_TYPE, SITEMAP_LIMIT, sitemapXml } from '../domain/sitemap';
import type { FeedScope, SitemapEntry } from '../domain/types';
import { underSite } from '../domain/urls';
import type { Rendered } from '../respond';
import { articleFeedItem, articleUrl, factCheckUrl, type ArticleDocument, type FactCheckDocument } from '../shape';
import { ARTICLE_UID, AUTHOR_UID, CATEGORY_UID, FACT_CHECK_UID, FILE_UID, KICKER_UID } from '../constants';
import { deliveryConfig } from '../utils';

export type FeedFormat = 'rss' | 'json';
export type FeedOf = { kind: 'site' } | { kind: 'category' | 'kicker'; slug: string };

const FEED_POPULATE = { kicker: true, category: true, authors: true, leadImage: { populate: { file: true } } };
const FEED_TYPES = [ARTICLE_UID, KICKER_UID, CATEGORY_UID, AUTHOR_UID, FILE_UID];
const NEWEST = [{ datePublished: 'desc' }, { publishedAt: 'desc' }];
const ADDRESS_FIELDS = ['slug', 'permalink', 'datePublished', 'dateModified', 'publishedAt', 'updatedAt'];
// Google News reads articles of the last two days; the sitemap is rebuilt at least this often as articles age out.
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const NEWS_MAX_AGE_MS = 5 * 60 * 1000;

/** RSS 2.0 and JSON Feed 1.1 of published articles (the site, a category, a kicker), and the two sitemaps. */
const feeds = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = deliveryConfig(strapi);
  const cmsUrl = () => (strapi.config.get('server.url', '') as string) || 'http://localhost:1337/';
  const apiUrl = (path: string) => underSite(cmsUrl(), `${strapi.config.get('api.rest.prefix', '/api')}${path}`);

  async function scopeOf(of: FeedOf, format: FeedFormat): Promise<{ scope: FeedScope; filters: object } | null> {
    const file = format === 'rss' ? 'rss.xml' : 'feed.json';
    if (of.kind === 'site') {
      return { scope: { title: config.site.name, description: config.site.description, homePageUrl: config.site.siteUrl, feedUrl: apiUrl(`/feeds/${file}`) }, filters: {} };
    }
    const uid = of.kind === 'category' ? CATEGORY_UID : KICKER_UID;
    const where = of.kind === 'kicker' ? { slug: of.slug, state: { $ne: 'proposed' } } : { slug: of.slug };
    const parent = (await strapi.db.query(uid as never).findOne({ where })) as { documentId: string; name?: string; label?: string } | null;
    if (!parent) return null;
    const name = parent.name ?? parent.label ?? of.slug;
    const scope = {
      title: `${config.site.name}: ${name}`,
      description: `${of.kind === 'category' ? 'Articles in' : 'The series'} ${name}`,
      homePageUrl: config.site.siteUrl,
      feedUrl: apiUrl(`/feeds/${of.kind === 'category' ? 'categories' : 'kickers'}/${encodeURIComponent(of.slug)}/${file}`),
    };
    return { scope, filters: { [of.kind]: { documentId: parent.documentId } } };
  }

  const publishedArticles = (params: object) =>
    strapi.documents(ARTICLE_UID).findMany({ status: 'published', sort: NEWEST, ...params } as never) as unknown as Promise<ArticleDocument[]>;

  return {
    async feed(of: FeedOf, format: FeedFormat): Promise<Rendered | null> {
      const found = await scopeOf(of, format);
      if (!found) return null;
      const articles = await publishedArticles({ filters: found.filters, limit: config.feedSize, populate: FEED_POPULATE });
      const items = articles.map((article) => articleFeedItem(config, article, cmsUrl()));
      const tags = listTags(FEED_TYPES);
      if (format === 'rss') return { body: rssFeed(found.scope, items, config.site), type: RSS_CONTENT_TYPE, tags };
      return { body: jsonFeed(found.scope, items, config.site), type: JSON_FEED_CONTENT_TYPE, tags };
    },

    /** Every published article and fact check, newest first. */
    async sitemap(): Promise<Rendered> {
      const [articles, factChecks] = await Promise.all([
        publishedArticles({ fields: ADDRESS_FIELDS, limit: SITEMAP_LIMIT }),
        strapi.documents(FACT_CHECK_UID).findMany({ status: 'published', fields: ['slug', 'publishedAt', 'updatedAt'], sort: [{ publishedAt: 'desc' }], limit: SITEMAP_LIMIT } as never) as unknown as Promise<FactCheckDocument[]>,
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
      const articles = await publishedArticles({
        filters: { $or: [{ datePublished: { $gte: since } }, { datePublished: { $null: true }, publishedAt: { $gte: since } }] },
        fields: [...ADDRESS_FIELDS, 'title'],
      });
      const items = articles.map((article) => articleFeedItem(config, { ...article, body: null }, cmsUrl()));
      const body = newsSitemapXml(items, config.site, now);
      return { body, type: SITEMAP_CONTENT_TYPE, tags: listTags([ARTICLE_UID]), expiresAt: now.getTime() + NEWS_MAX_AGE_MS };
    },
  };
};

export default feeds;
