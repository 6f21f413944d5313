import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { withinSave } from '#kernel/current-save';
import { lockAll } from '#kernel/exclusive';
import { decideArticle } from '../domain/article-decision';
import type { FrontMatterEntries } from './records';
import { batchPathApplies, readBatchContext, type BatchContext } from './batch-context';
import { writeBatch, type PlannedArticle } from './write-batch';
import type { ImportMode, WrittenDocument } from './write-document';
import { ARTICLE_UID, IMPORT_RECORD_UID } from '#domain/uids';

/** One article of a batch as the importer maps it: the data a document-service create would be sent. */
export interface BatchItem {
  key: string;
  slug: string;
  data: Record<string, unknown>;
  fingerprint: string;
  frontMatter: FrontMatterEntries | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

function plannedOf(item: BatchItem, context: BatchContext): (PlannedArticle & { slugs: string[] }) | null {
  const { authors, category, kicker, ...data } = item.data;
  const kickerId = text(kicker);
  const categoryId = text(category);
  const kickerRow = kickerId ? context.kickers.get(kickerId) : undefined;
  const categoryRow = categoryId ? context.categories.get(categoryId) : undefined;
  const input = {
    data,
    kicker: kickerRow ? { label: kickerRow.label, state: kickerRow.state } : null,
    category: categoryRow ? { slug: categoryRow.slug, name: categoryRow.name } : null,
  };
  const plan = decideArticle(input, context.rules);
  if (plan.kind !== 'bulk') return null;
  const slugs = [...new Set([item.slug, String(plan.fields.slug)])];
  return {
    key: item.key,
    fingerprint: item.fingerprint,
    frontMatter: item.frontMatter,
    input,
    plan,
    kicker: kickerId,
    category: categoryId,
    authors: texts(authors),
    slugs,
  };
}

async function present(
  strapi: Core.Strapi,
  uid: typeof ARTICLE_UID | typeof IMPORT_RECORD_UID,
  field: 'key' | 'slug',
  values: readonly string[],
): Promise<Set<string>> {
  if (values.length === 0) return new Set();
  const rows = (await strapi.db.query(uid).findMany({ where: { [field]: { $in: [...new Set(values)] } }, select: [field] })) as Array<Record<string, string>>;
  return new Set(rows.map((row) => row[field]));
}

/**
 * Writes the new articles of a batch in bulk, in one transaction, after deciding each one in memory as its pipeline
 * would (see decideArticle). Answers what it wrote, by import key. An article it leaves out takes the per-item path
 * through the document service, which behaves exactly as before: one already imported or whose slug a document holds
 * (a re-run, an update), one a guard refuses (the per-item path reports why), and a second post with a slug taken
 * earlier in the batch (it updates the first, as item by item it would).
 */
export async function importArticleBatch(strapi: Core.Strapi, items: readonly BatchItem[], mode: ImportMode): Promise<Map<string, WrittenDocument>> {
  if (items.length === 0 || !batchPathApplies(strapi)) return new Map();
  const context = await readBatchContext(strapi, {
    kickers: items.map((item) => text(item.data.kicker)).filter((id): id is string => id !== null),
    categories: items.map((item) => text(item.data.category)).filter((id): id is string => id !== null),
    authors: items.flatMap((item) => texts(item.data.authors)),
  });
  const planned = items.map((item) => plannedOf(item, context));
  const recorded = await present(
    strapi,
    IMPORT_RECORD_UID,
    'key',
    items.map((item) => item.key),
  );
  const taken = await present(
    strapi,
    ARTICLE_UID,
    'slug',
    planned.flatMap((plan, index) => plan?.slugs ?? [items[index].slug]),
  );
  const claimed = new Set<string>();
  const keys = new Set<string>();
  const fresh: PlannedArticle[] = [];
  const freshSlugs: string[] = [];
  items.forEach((item, index) => {
    const plan = planned[index];
    const slugs = plan?.slugs ?? [item.slug];
    const isNew = plan !== null && !recorded.has(item.key) && !keys.has(item.key) && !slugs.some((slug) => taken.has(slug) || claimed.has(slug));
    keys.add(item.key);
    if (plan !== null || recorded.has(item.key)) for (const slug of slugs) claimed.add(slug);
    if (!isNew || !plan) return;
    fresh.push(plan);
    freshSlugs.push(...slugs);
  });
  if (fresh.length === 0) return new Map();
  return withinSave(ARTICLE_UID, () =>
    strapi.db.transaction(async () => {
      // The slug step's own locks, and the check again under them: an editor who took one of these slugs since the batch
      // read them sends the batch item by item, where the slug step decides as for any save.
      await lockAll(
        strapi,
        freshSlugs.map((slug) => `slug:${ARTICLE_UID}:${slug}`),
      );
      const takenSince = await present(strapi, ARTICLE_UID, 'slug', freshSlugs);
      if (takenSince.size > 0) throw new errors.ApplicationError(`The slugs ${[...takenSince].join(', ')} were taken while the batch was prepared.`);
      return writeBatch(strapi, fresh, context, mode);
    }),
  );
}
