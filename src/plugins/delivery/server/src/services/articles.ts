import type { Core } from '@strapi/strapi';
import { withArticleCounts } from '#kernel/article-counts';
import { renderBodyHtml } from '../domain/body-html';
import { readerCorrections } from '../domain/corrections';
import type { Page } from '../domain/paging';
import { documentTags, listTags } from '../domain/dependency-tags';
import { newsArticleJsonLd, serializeJsonLd } from '../domain/json-ld';
import { cmsUrl, findPublishedBySlug, findTaxon, sanitizeFor, type Taxonomy } from '../lookup';
import { JSON_LD_TYPE, JSON_TYPE, type Rendered } from '../respond';
import {
  ARTICLE_POPULATE,
  JSON_LD_POPULATE,
  LIST_POPULATE,
  LIST_TYPES,
  NEWEST_FIRST,
  articleRefs,
  articleUrl,
  articleView,
  asShown,
  type ArticleDocument,
} from '../shape';
import { ARTICLE_UID } from '../constants';
import { deliveryConfig } from '../utils';

/** Published articles as frontends read them: one by slug, whole, and lists by category or kicker. */
const articles = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = deliveryConfig(strapi);
  const render = (body: string | null | undefined) => renderBodyHtml(body, { siteUrl: config.site.siteUrl });
  const findPublished = (slug: string, populate: object = ARTICLE_POPULATE) => findPublishedBySlug<ArticleDocument>(strapi, ARTICLE_UID, slug, populate);

  return {
    /** The whole published article, with its body as sanitized HTML; null for a draft or an unknown slug. */
    async bySlug(slug: string, auth: unknown): Promise<Rendered | null> {
      const article = await findPublished(slug);
      if (!article) return null;
      const data = await sanitizeFor(strapi, ARTICLE_UID, asShown(article), auth);
      // The log as readers are told it: newest first, without who made each entry.
      const corrections = readerCorrections(article.corrections);
      const body = { data: { ...data, url: articleUrl(config, article), bodyHtml: render(article.body), corrections }, meta: {} };
      return { body, type: JSON_TYPE, tags: documentTags(articleRefs(article)) };
    },

    /** schema.org NewsArticle for the article's page. */
    async jsonLd(slug: string): Promise<Rendered | null> {
      const article = await findPublished(slug, JSON_LD_POPULATE);
      if (!article) return null;
      const view = articleView(config, article, cmsUrl(strapi));
      // Escaped for inlining: frontends put it in a <script type="application/ld+json"> as it comes.
      const jsonLd = newsArticleJsonLd(view, config.site, strapi.config.get('newsroom.timeZone') as string);
      return { body: serializeJsonLd(jsonLd), type: JSON_LD_TYPE, tags: documentTags(articleRefs(article)) };
    },

    /** A category's or kicker's published articles, newest first, with the category or kicker and its count. */
    async under(taxonomy: Taxonomy, slug: string, { page, pageSize }: Page, auth: unknown): Promise<Rendered | null> {
      const found = await findTaxon(strapi, taxonomy, slug);
      if (!found) return null;
      const filters = { [taxonomy]: { documentId: found.taxon.documentId } };
      const [listed, total] = await Promise.all([
        strapi.documents(ARTICLE_UID).findMany({
          filters,
          status: 'published',
          sort: NEWEST_FIRST,
          start: (page - 1) * pageSize,
          limit: pageSize,
          populate: LIST_POPULATE,
        } as never),
        strapi.documents(ARTICLE_UID).count({ filters, status: 'published' } as never),
      ]);
      const data = await sanitizeFor(strapi, ARTICLE_UID, (listed as unknown as ArticleDocument[]).map(asShown), auth);
      const [counted] = await withArticleCounts(strapi, taxonomy, [await sanitizeFor(strapi, found.uid, found.taxon, auth)]);
      const pagination = { page, pageSize, pageCount: Math.ceil(total / pageSize), total };
      return { body: { data, meta: { [taxonomy]: counted, pagination } }, type: JSON_TYPE, tags: listTags(LIST_TYPES) };
    },
  };
};

export default articles;
