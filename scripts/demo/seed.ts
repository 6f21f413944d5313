import type { Core, UID } from '@strapi/strapi';
import { normalizeSourceUrl } from '../../src/plugins/sourcing/server/src/domain/source-url';
import { toSlug } from '../../src/utils/slug';
import { ARTICLES, AUTHORS, CATEGORIES, FACT_CHECKS, KICKERS } from './content';

type Data = Record<string, unknown>;

/** Finds a document by a unique field, or creates it (published where the type has draft & publish). */
async function ensure(strapi: Core.Strapi, uid: UID.ContentType, where: Record<string, string>, data: Data): Promise<string> {
  const documents = strapi.documents(uid);
  const existing = await documents.findFirst({ filters: where });
  if (existing) return existing.documentId;
  const hasDraftAndPublish = strapi.contentType(uid).options?.draftAndPublish === true;
  const created = await documents.create({ data, ...(hasDraftAndPublish ? { status: 'published' as const } : {}) });
  return created.documentId;
}

/** The URL as the sourcing plugin stores it, so a second run finds the Source the first one created. */
function storedUrl(url: string): string {
  const normalized = normalizeSourceUrl(url);
  if (!normalized.ok) throw new Error(`Demo source URL ${url} is invalid: ${normalized.message}`);
  return normalized.url;
}

/** Loads the demo newsroom; running it again changes nothing. Returns how many articles the demo holds. */
export async function seedDemoContent(strapi: Core.Strapi): Promise<number> {
  const ids = new Map<string, string>();
  for (const author of AUTHORS) {
    ids.set(`author:${author.name}`, await ensure(strapi, 'api::author.author', { slug: toSlug(author.name) }, { ...author }));
  }
  for (const name of CATEGORIES) {
    ids.set(`category:${name}`, await ensure(strapi, 'api::category.category', { slug: toSlug(name) }, { name }));
  }
  for (const label of KICKERS) {
    ids.set(`kicker:${label}`, await ensure(strapi, 'api::kicker.kicker', { slug: toSlug(label) }, { label, state: 'approved' }));
  }
  for (const article of ARTICLES) {
    const sources = [];
    for (const url of article.sources) sources.push(await ensure(strapi, 'api::source.source', { url: storedUrl(url) }, { url }));
    const { author, category, kicker, sources: _urls, ...fields } = article;
    await ensure(strapi, 'api::article.article', { slug: article.slug }, {
      ...fields,
      authors: [ids.get(`author:${author}`)],
      category: ids.get(`category:${category}`),
      kicker: kicker ? ids.get(`kicker:${kicker}`) : null,
      sources,
    });
  }
  for (const factCheck of FACT_CHECKS) {
    const { relatedQuestions, citationNumbers, ...fields } = factCheck;
    await ensure(strapi, 'api::fact-check.fact-check', { slug: toSlug(factCheck.title) }, {
      ...fields,
      relatedQuestions: relatedQuestions.map((question) => ({ question })),
      citations: citationNumbers.map((number) => ({ number })),
    });
  }
  return strapi.documents('api::article.article').count({ status: 'published' });
}
