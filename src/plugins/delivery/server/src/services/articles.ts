import type { Core } from '@strapi/strapi';
import { withArticleCounts } from '../../../../../utils/article-counts';
import { renderBodyHtml } from '../domain/body-html';
import { documentTags, listTags } from '../domain/dependency-tags';
import { newsArticleJsonLd, serializeJsonLd } from '../domain/json-ld';
import { JSON_LD_TYPE, JSON_TYPE, type Rendered } from '../respond';
import { ARTICLE_POPULATE, articleRefs, articleUrl, articleView, type ArticleDocument } from '../shape';
import { ARTICLE_UID, AUTHOR_UID, CATEGORY_UID, FILE_UID, KICKER_UID } from '../constants';
import { deliveryConfig } from '../utils';

export type Auth = unknown;
export type Taxonomy = 'category' | 'kicker';

export interface Page {
  page: number;
  pageSize: number;
}

const TAXONOMY_UID: Record<Taxonomy, string> = { category: CATEGORY_UID, kicker: KICKER_UID };
const LIST_POPULATE = { kicker: true, category: true, authors: true, leadImage: { populate: { file: true } } };
const LIST_TYPES = [ARTICLE_UID, KICKER_UID, CATEGORY_UID, AUTHOR_UID, FILE_UID];

/** Published articles as frontends read them: one by slug, whole, and lists by category or kicker. */
const articles = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = deliveryConfig(strapi);
  const render = (body: string | null | undefined) => renderBodyHtml(body, { siteUrl: config.site.siteUrl });
  const cmsUrl = () => (strapi.config.get('server.url', '') as string) || 'http://localhost:1337/';
  const sanitize = (data: unknown, uid: string, auth: Auth) =>
    strapi.contentAPI.sanitize.output(data as Record<string, unknown>, strapi.getModel(uid as never), { auth }) as Promise<Record<string, unknown>>;

  async function findPublished(slug: string): Promise<ArticleDocument | null> {
    const found = await strapi.documents(ARTICLE_UID).findFirst({ filters: { slug }, status: 'published', populate: ARTICLE_POPULATE } as never);
    return (found as unknown as ArticleDocument | null) ?? null;
  }

  return {
    /** The whole published article, with its body as sanitized HTML; null for a draft or an unknown slug. */
    async bySlug(slug: string, auth: Auth): Promise<Rendered | null> {
      const article = await findPublished(slug);
      if (!article) return null;
      const data = await sanitize(article, ARTICLE_UID, auth);
      const body = { data: { ...data, url: articleUrl(config, article), bodyHtml: render(article.body) }, meta: {} };
      return { body, type: JSON_TYPE, tags: documentTags(articleRefs(article)) };
    },

    /** schema.org NewsArticle for the article's page. */
    async jsonLd(slug: string): Promise<Rendered | null> {
      const article = await findPublished(slug);
      if (!article) return null;
      const view = articleView(config, article, cmsUrl());
      // Escaped for inlining: frontends put it in a <script type="application/ld+json"> as it comes.
      return { body: serializeJsonLd(newsArticleJsonLd(view, config.site)), type: JSON_LD_TYPE, tags: documentTags(articleRefs(article)) };
    },

    /**
     * A category's or kicker's published articles, newest first. A proposed kicker has not been shown to readers; a
     * retired one stays readable as an archive.
     */
    async under(taxonomy: Taxonomy, slug: string, { page, pageSize }: Page, auth: Auth): Promise<Rendered | null> {
      const uid = TAXONOMY_UID[taxonomy];
      const where = taxonomy === 'kicker' ? { slug, state: { $ne: 'proposed' } } : { slug };
      const parent = (await strapi.db.query(uid as never).findOne({ where })) as { documentId: string } | null;
      if (!parent) return null;
      const filters = { [taxonomy]: { documentId: parent.documentId } };
      const [found, total] = await Promise.all([
        strapi.documents(ARTICLE_UID).findMany({
          filters,
          status: 'published',
          sort: [{ datePublished: 'desc' }, { publishedAt: 'desc' }],
          start: (page - 1) * pageSize,
          limit: pageSize,
          populate: LIST_POPULATE,
        } as never),
        strapi.documents(ARTICLE_UID).count({ filters, status: 'published' } as never),
      ]);
      const data = await sanitize(found, ARTICLE_UID, auth);
      const [counted] = await withArticleCounts(strapi, taxonomy, [await sanitize(parent, uid, auth)]);
      const pagination = { page, pageSize, pageCount: Math.ceil(total / pageSize), total };
      return { body: { data, meta: { [taxonomy]: counted, pagination } }, type: JSON_TYPE, tags: listTags(LIST_TYPES) };
    },
  };
};

export default articles;
