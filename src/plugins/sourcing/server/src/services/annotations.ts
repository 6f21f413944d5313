import type { Core } from '@strapi/strapi';
import { documentUrl } from '#domain/public-url';
import { ARTICLE_UID, PLUGIN_ID } from '../constants';
import type { SourcingConfig } from '../config';
import { annotationCollection } from '../domain/annotations';
import { getService } from '../utils';

interface AnnotatedArticle {
  documentId: string;
  title?: string | null;
  slug: string;
  permalink?: string | null;
  datePublished?: string | null;
  publishedAt: string;
}

/** Published highlights served to readers as W3C Web Annotations. */
const annotations = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = <K extends keyof SourcingConfig>(key: K): SourcingConfig[K] => strapi.plugin(PLUGIN_ID).config<SourcingConfig[K]>(key);

  /** The article's page on the site, where readers see the highlights; the CMS's record of it when no site is configured. */
  function pageOf(article: AnnotatedArticle, baseUrl: string): string {
    const [siteUrl] = config('siteUrls');
    if (!siteUrl) return `${baseUrl}/api/articles/${article.documentId}`;
    const datePublished = article.datePublished || article.publishedAt;
    return documentUrl(siteUrl, config('articlePath'), { slug: article.slug, permalink: article.permalink, datePublished });
  }

  return {
    /** The collection for a published article, or null when no published article has the slug. */
    async forArticle(slug: string, baseUrl: string): Promise<Record<string, unknown> | null> {
      const article = (await strapi.documents(ARTICLE_UID).findFirst({
        filters: { slug },
        status: 'published',
        fields: ['title', 'slug', 'permalink', 'datePublished', 'publishedAt'],
      })) as AnnotatedArticle | null;
      if (!article) return null;
      const rows = await getService(strapi, 'articleSourcing').highlights(article.documentId, 'published');
      const highlights = rows
        .filter((row) => row.anchorState !== 'orphaned')
        .map(({ documentId, exact, prefix, suffix, start, end, colour, source }) => ({
          documentId,
          exact,
          prefix,
          suffix,
          start,
          end,
          colour,
          sourceUrl: source?.url ?? null,
        }));
      return annotationCollection({
        collectionId: `${baseUrl}/api/sourcing/articles/${encodeURIComponent(slug)}/annotations`,
        targetId: pageOf(article, baseUrl),
        title: String(article.title ?? ''),
        highlights,
      });
    },
  };
};

export default annotations;
