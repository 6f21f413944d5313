import type { Core } from '@strapi/strapi';
import { fieldError } from '#kernel/errors';
import { columnOf } from '#kernel/bulk-documents/link-tables';
import { exclusively } from '#kernel/exclusive';
import type { Save, Step } from '#kernel/pipeline';
import { decideSlug } from './decide-slug';
import { SLUGGED_TYPES, isSluggedUid, type SluggedUid } from './slugged-types';

async function savedSource(strapi: Core.Strapi, uid: SluggedUid, documentId: string | undefined): Promise<unknown> {
  if (!documentId) return undefined;
  const { source } = SLUGGED_TYPES[uid];
  const saved = await strapi.db.query(uid).findOne({ where: { documentId }, select: [source] });
  return saved?.[source];
}

type Holder = { documentId: string } & Record<string, unknown>;

// Draft & publish keeps two rows per document and Strapi's `unique` is only checked at publish, so the app reads every
// row holding the slug, of any document.
async function holdersOf(strapi: Core.Strapi, uid: SluggedUid, slug: string): Promise<Holder[]> {
  return (await strapi.db.query(uid).findMany({ where: { slug }, select: ['documentId', SLUGGED_TYPES[uid].source] })) as Holder[];
}

/** Refused when another document holds the slug; answers whether this one already does. */
function holdsItself(uid: SluggedUid, slug: string, holders: Holder[], documentId?: string): boolean {
  const { source, noun } = SLUGGED_TYPES[uid];
  const other = holders.find((holder) => holder.documentId !== documentId);
  if (other) throw fieldError('slug', `The slug "${slug}" is already used by the ${noun} "${other[source]}". Choose another.`);
  return holders.length > 0;
}

async function keepSlugUnique({ strapi, uid, action, data, documentId, stored }: Save): Promise<void> {
  if (!isSluggedUid(uid) || !data) return;
  const isCreate = action === 'create';
  const sourceField = SLUGGED_TYPES[uid].source;
  const needsSaved = !isCreate && !(sourceField in data) && 'slug' in data && !data.slug;
  const decision = decideSlug({ isCreate, sourceField, data, savedSource: needsSaved ? await savedSource(strapi, uid, documentId) : undefined });
  if (decision.kind === 'invalid') throw fieldError(decision.path, decision.message);
  if (decision.kind !== 'set') return;
  const { slug } = decision;
  data.slug = slug;
  // Most saves keep their slug: a document that holds it already is seen by anyone else claiming it.
  if (!isCreate && (await stored())?.[columnOf(strapi, uid, 'slug')] === slug) return;
  if (holdsItself(uid, slug, await holdersOf(strapi, uid, slug), documentId)) return;
  // Two saves claiming the same free slug at once (two editors, two instances) would both find it free: the lock is
  // held until the save's transaction ends, and the slug is checked again under it.
  await exclusively(strapi, `slug:${uid}:${slug}`, async () => {
    holdsItself(uid, slug, await holdersOf(strapi, uid, slug), documentId);
  });
}

/** Makes, normalizes and keeps unique the slug of every slugged content type on create and update. */
export const slug: Step = { name: 'slug', owner: 'app', run: keepSlugUnique };
