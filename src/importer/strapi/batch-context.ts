import type { Core, UID } from '@strapi/strapi';
import type { ArticleRules, Schema } from '../domain/article-decision';
import type { KickerState } from '../../plugins/editorial/server/src/domain/kicker-state';
import { editorialConfig } from '../../plugins/editorial/server/src/utils';
import { getService as imagePolicy } from '../../plugins/image-policy/server/src/utils';
import { getService as sourcing } from '../../plugins/sourcing/server/src/utils';
import { ARTICLE_UID, AUTHOR_UID, CATEGORY_UID, KICKER_UID } from '#domain/uids';

/** The plugins whose steps the batch path applies itself; with any of them switched off, imports go item by item. */
const RULE_PLUGINS = ['editorial', 'image-policy', 'sourcing', 'delivery'];

export const batchPathApplies = (strapi: Core.Strapi): boolean => RULE_PLUGINS.every((plugin) => plugin in strapi.plugins);

/** What a batch of articles is decided against, read once per batch. */
export interface BatchContext {
  rules: ArticleRules;
  kickers: Map<string, { id: number; label: string; state: KickerState }>;
  categories: Map<string, { id: number; slug: string; name: string }>;
  authors: Map<string, number>;
}

export interface Referenced {
  kickers: readonly string[];
  categories: readonly string[];
  authors: readonly string[];
}

async function rowsOf<T extends { documentId: string }>(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentIds: readonly string[],
  select: string[],
): Promise<T[]> {
  if (documentIds.length === 0) return [];
  return (await strapi.db.query(uid).findMany({ where: { documentId: { $in: [...new Set(documentIds)] } }, select: ['id', 'documentId', ...select] })) as T[];
}

/**
 * The settings every rule reads (the image policy's, the sourcing plugin's site addresses, the editorial category
 * rules) and the kickers, categories and authors the batch refers to, with the state and names the gates judge.
 */
export async function readBatchContext(strapi: Core.Strapi, referenced: Referenced): Promise<BatchContext> {
  const components = strapi.components as unknown as Record<string, { attributes: unknown } | undefined>;
  const rules: ArticleRules = {
    siteUrls: sourcing(strapi, 'sources').siteUrls(),
    policy: await imagePolicy(strapi, 'settings').get(),
    categoryRules: editorialConfig(strapi).categoryRules,
    attributes: strapi.contentType(ARTICLE_UID).attributes as unknown as Schema,
    componentAttributes: (uid) => components[uid]?.attributes as Schema | undefined,
  };
  type Kicker = { id: number; documentId: string; label: string; state: KickerState };
  type Category = { id: number; documentId: string; slug: string; name: string };
  const kickers = await rowsOf<Kicker>(strapi, KICKER_UID, referenced.kickers, ['label', 'state']);
  const categories = await rowsOf<Category>(strapi, CATEGORY_UID, referenced.categories, ['slug', 'name']);
  const authors = await rowsOf<{ id: number; documentId: string }>(strapi, AUTHOR_UID, referenced.authors, []);
  return {
    rules,
    kickers: new Map(kickers.map((row) => [row.documentId, { id: row.id, label: row.label, state: row.state }])),
    categories: new Map(categories.map((row) => [row.documentId, { id: row.id, slug: row.slug, name: row.name }])),
    authors: new Map(authors.map((row) => [row.documentId, row.id])),
  };
}
