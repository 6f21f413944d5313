import type { Core } from '@strapi/strapi';
import { fieldError } from '../utils/errors';
import { exclusively } from '../utils/exclusive';
import { decideSlug } from './decide-slug';
import { SLUGGED_TYPES, isSluggedUid, type SluggedUid } from './slugged-types';
import type { DocumentMiddleware, DocumentParams } from '../utils/document-middleware';

async function savedSource(strapi: Core.Strapi, uid: SluggedUid, params: DocumentParams): Promise<unknown> {
  if (!params.documentId) return undefined;
  const { source } = SLUGGED_TYPES[uid];
  const saved = await strapi.db.query(uid).findOne({ where: { documentId: params.documentId }, select: [source] });
  return saved?.[source];
}

// Draft & publish keeps two rows per document and Strapi's `unique` is only checked at publish, so the app checks
// that no *other* document holds the slug.
async function assertSlugFree(strapi: Core.Strapi, uid: SluggedUid, slug: string, documentId?: string): Promise<void> {
  const { source, noun } = SLUGGED_TYPES[uid];
  const where = documentId ? { slug, documentId: { $ne: documentId } } : { slug };
  const holder = await strapi.db.query(uid).findOne({ where, select: ['documentId', source] });
  if (holder) {
    throw fieldError('slug', `The slug "${slug}" is already used by the ${noun} "${holder[source]}". Choose another.`);
  }
}

/** Makes, normalizes and keeps unique the slug of every slugged content type on create and update. */
export function slugMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    if (!isSluggedUid(ctx.uid) || (ctx.action !== 'create' && ctx.action !== 'update') || !ctx.params.data) {
      return next();
    }
    const uid = ctx.uid;
    const { data } = ctx.params;
    const isCreate = ctx.action === 'create';
    const sourceField = SLUGGED_TYPES[uid].source;
    const needsSaved = !isCreate && !(sourceField in data) && 'slug' in data && !data.slug;
    const decision = decideSlug({
      isCreate,
      sourceField,
      data,
      savedSource: needsSaved ? await savedSource(strapi, uid, ctx.params) : undefined,
    });
    if (decision.kind === 'invalid') throw fieldError(decision.path, decision.message);
    if (decision.kind !== 'set') return next();
    const { slug } = decision;
    data.slug = slug;
    // Two saves claiming the same slug at once (two editors, two instances) would both find it free.
    return exclusively(strapi, `slug:${uid}:${slug}`, async () => {
      await assertSlugFree(strapi, uid, slug, ctx.params.documentId);
      return next();
    });
  };
}
