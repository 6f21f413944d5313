import type { Core, UID } from '@strapi/strapi';
import { toSlug } from '../../src/utils/slug';
import { ARTICLES, AUTHORS, CATEGORIES, FACT_CHECKS, KICKERS } from './content';

type Data = Record<string, unknown>;

/**
 * Finds a document by a unique field, or creates it: published where the type has draft & publish, unless `draft` is
 * asked for.
 */
async function ensure(strapi: Core.Strapi, uid: UID.ContentType, where: Record<string, string>, data: Data, draft = false): Promise<string> {
  const documents = strapi.documents(uid);
  const existing = await documents.findFirst({ filters: where });
  if (existing) return existing.documentId;
  const hasDraftAndPublish = strapi.contentType(uid).options?.draftAndPublish === true;
  const publish = hasDraftAndPublish && !draft;
  const created = await documents.create({ data, ...(publish ? { status: 'published' as const } : {}) });
  return created.documentId;
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
  // The sourcing plugin creates each article's highlights and sources from its body.
  for (const article of ARTICLES) {
    const { author, category, kicker, ...fields } = article;
    await ensure(strapi, 'api::article.article', { slug: article.slug }, {
      ...fields,
      authors: [ids.get(`author:${author}`)],
      category: ids.get(`category:${category}`),
      kicker: kicker ? ids.get(`kicker:${kicker}`) : null,
    });
  }
  // A fact check whose citations still wait for their sources cannot be published: the demo keeps it as a draft.
  for (const factCheck of FACT_CHECKS) {
    const { relatedQuestions, citationNumbers, ...fields } = factCheck;
    const data = {
      ...fields,
      relatedQuestions: relatedQuestions.map((question) => ({ question })),
      citations: citationNumbers.map((number) => ({ number })),
    };
    await ensure(strapi, 'api::fact-check.fact-check', { slug: toSlug(factCheck.title) }, data, true);
  }
  return strapi.documents('api::article.article').count({ status: 'published' });
}
