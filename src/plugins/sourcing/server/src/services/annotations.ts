import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { annotationCollection } from '../domain/annotations';
import { getService } from '../utils';

/** Published highlights served to readers as W3C Web Annotations. */
const annotations = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The collection for a published article, or null when no published article has the slug. */
  async forArticle(slug: string, baseUrl: string): Promise<Record<string, unknown> | null> {
    const article = await strapi.documents(ARTICLE_UID).findFirst({ filters: { slug }, status: 'published', fields: ['title', 'slug'] });
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
      targetId: `${baseUrl}/api/articles/${article.documentId}`,
      title: String(article.title ?? ''),
      highlights,
    });
  },
});

export default annotations;
