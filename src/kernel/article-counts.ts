import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '#domain/uids';

type Counted<T> = T & { articleCount: number };

/**
 * How many articles, drafts included, are filed under the kicker or category with this row id: every article has a
 * draft row, so counting draft rows counts each document once.
 */
export function countArticlesUnder(strapi: Core.Strapi, relation: 'kicker' | 'category', id: number): Promise<number> {
  return strapi.db.query(ARTICLE_UID).count({ where: { [relation]: { id }, publishedAt: { $null: true } } });
}

/** Adds to each kicker or category the number of published articles filed under it, as readers see them. */
export async function withArticleCounts<T extends { documentId?: string }>(
  strapi: Core.Strapi,
  relation: 'kicker' | 'category',
  items: T[],
): Promise<Array<Counted<T>>> {
  return Promise.all(
    items.map(async (item) => ({
      ...item,
      articleCount: item.documentId
        ? await strapi.documents(ARTICLE_UID).count({ filters: { [relation]: { documentId: item.documentId } }, status: 'published' } as never)
        : 0,
    })),
  );
}
