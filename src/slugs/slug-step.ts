import type { Core } from '@strapi/strapi';
import { fieldError } from '../kernel/errors';
import { exclusively } from '../kernel/exclusive';
import type { Save, Step } from '../kernel/pipeline';
import { decideSlug } from './decide-slug';
import { SLUGGED_TYPES, isSluggedUid, type SluggedUid } from './slugged-types';

async function savedSource(strapi: Core.Strapi, uid: SluggedUid, documentId: string | undefined): Promise<unknown> {
  if (!documentId) return undefined;
  const { source } = SLUGGED_TYPES[uid];
  const saved = await strapi.db.query(uid).findOne({ where: { documentId }, select: [source] });
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

async function keepSlugUnique({ strapi, uid, action, data, documentId }: Save): Promise<void> {
  if (!isSluggedUid(uid) || !data) return;
  const isCreate = action === 'create';
  const sourceField = SLUGGED_TYPES[uid].source;
  const needsSaved = !isCreate && !(sourceField in data) && 'slug' in data && !data.slug;
  const decision = decideSlug({ isCreate, sourceField, data, savedSource: needsSaved ? await savedSource(strapi, uid, documentId) : undefined });
  if (decision.kind === 'invalid') throw fieldError(decision.path, decision.message);
  if (decision.kind !== 'set') return;
  const { slug } = decision;
  data.slug = slug;
  // Two saves claiming the same slug at once (two editors, two instances) would both find it free: the lock is held
  // until the save's transaction ends.
  await exclusively(strapi, `slug:${uid}:${slug}`, () => assertSlugFree(strapi, uid, slug, documentId));
}

/** Makes, normalizes and keeps unique the slug of every slugged content type on create and update. */
export const slug: Step = { name: 'slug', owner: 'app', run: keepSlugUnique };
