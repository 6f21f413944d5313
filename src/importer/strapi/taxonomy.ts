import type { Core, UID } from '@strapi/strapi';
import { toSlug } from '#domain/slug';
import type { ImportedAuthor } from '../domain/authors';
import { preferredLabels } from '../domain/labels';
import { count, type Tally, type TalliedType } from '../domain/tally';
import type { InputItem } from '../read-input';
import { AUTHOR_UID, CATEGORY_UID, KICKER_UID } from '#domain/uids';

/** Slug → documentId of every author, category and kicker the items refer to; null in a dry run for one not yet made. */
export interface TaxonomyIds {
  authors: Map<string, string | null>;
  categories: Map<string, string | null>;
  kickers: Map<string, string | null>;
}

type Row = Record<string, unknown> & { documentId: string };

interface Ensure {
  uid: UID.ContentType;
  type: TalliedType;
  slug: string;
  create: Record<string, unknown>;
  /** The fields to change on an existing record, or null when it already says what the archive says. */
  changes: (existing: Row) => Record<string, unknown> | null;
}

/** Finds a record by slug or makes it; an existing record keeps what editors gave it unless `changes` says otherwise. */
async function ensure(strapi: Core.Strapi, tally: Tally, dryRun: boolean, spec: Ensure): Promise<string | null> {
  const existing = (await strapi.db.query(spec.uid).findOne({ where: { slug: spec.slug } })) as Row | null;
  if (!existing) {
    count(tally, spec.type, 'created');
    if (dryRun) return null;
    return (await strapi.documents(spec.uid).create({ data: spec.create } as never)).documentId;
  }
  const changes = spec.changes(existing);
  count(tally, spec.type, changes ? 'updated' : 'unchanged');
  if (changes && !dryRun) await strapi.documents(spec.uid).update({ documentId: existing.documentId, data: changes } as never);
  return existing.documentId;
}

/**
 * Authors (with the bios of `_data/authors.yml`), categories and kickers, made once before the articles that use them.
 * Kickers from the archive were already shown to readers, so they arrive approved; categories and kickers written in
 * different case are one record, labelled with the most careful spelling.
 */
export async function ensureTaxonomy(
  strapi: Core.Strapi,
  input: { authors: ImportedAuthor[]; items: InputItem[]; houseBylines: string[]; dryRun: boolean },
  tally: Tally,
): Promise<TaxonomyIds> {
  const articles = input.items.flatMap((item) => (item.kind === 'article' ? [item.article] : []));
  const bios = new Map(input.authors.map((author) => [author.name, author.bio]));
  for (const name of articles.flatMap((article) => article.authors)) if (!bios.has(name)) bios.set(name, null);
  const ids: TaxonomyIds = { authors: new Map(), categories: new Map(), kickers: new Map() };

  for (const [name, bio] of bios) {
    const slug = toSlug(name);
    const isHouseByline = input.houseBylines.includes(name);
    ids.authors.set(
      slug,
      await ensure(strapi, tally, input.dryRun, {
        uid: AUTHOR_UID,
        type: 'Author',
        slug,
        create: { name, bio, isHouseByline },
        changes: (existing) => {
          const changes: Record<string, unknown> = {};
          if (bio !== null && existing.bio !== bio) changes.bio = bio;
          if (isHouseByline && existing.isHouseByline !== true) changes.isHouseByline = true;
          return Object.keys(changes).length > 0 ? changes : null;
        },
      }),
    );
  }
  const categories = preferredLabels(articles.flatMap((article) => (article.category ? [article.category] : [])));
  for (const [slug, name] of categories) {
    ids.categories.set(
      slug,
      await ensure(strapi, tally, input.dryRun, {
        uid: CATEGORY_UID,
        type: 'Category',
        slug,
        create: { name },
        changes: () => null,
      }),
    );
  }
  const kickers = preferredLabels(articles.flatMap((article) => (article.kicker ? [article.kicker] : [])));
  for (const [slug, label] of kickers) {
    ids.kickers.set(
      slug,
      await ensure(strapi, tally, input.dryRun, {
        uid: KICKER_UID,
        type: 'Kicker',
        slug,
        create: { label, state: 'approved' },
        changes: () => null,
      }),
    );
  }
  return ids;
}
