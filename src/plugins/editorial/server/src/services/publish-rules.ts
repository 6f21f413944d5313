import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, CATEGORY_UID, KICKER_UID, SOURCE_UID } from '../constants';
import { columnOf, joinOf, tableOf } from '#kernel/bulk-documents/link-tables';
import { readerOf } from '#kernel/reader';
import type { Finding } from '#domain/finding';
import type { VisibleDraft } from '../domain/approval';
import { categoryFindings } from '../domain/category-rules';
import { kickerPublishProblem, type KickerState } from '../domain/kicker-state';
import { publishVerdict } from '../domain/stages';
import { editorialConfig } from '../utils';

export interface ArticleDraft {
  stage: string | null;
  kicker: { label: string; state: KickerState } | null;
  category: { documentId: string; slug: string; name: string } | null;
  sources: Array<{ isInternal: boolean | null }>;
}

interface DraftRow {
  stage: string | null;
  kickerLabel: string | null;
  kickerState: string | null;
  categoryId: string | null;
  categorySlug: string | null;
  categoryName: string | null;
  sourceId: number | null;
  isInternal: boolean | number | null;
}

interface VisibleRow {
  title: string | null;
  deck: string | null;
  body: string | null;
  kicker: { id: number } | null;
  category: { id: number; slug: string } | null;
  leadImage: ({ id: number; file?: { id: number } | null } & Record<string, unknown>) | null;
}

export type PublishFinding = Finding<'stage-not-approved' | 'kicker-not-approved' | 'category-rule'>;

/** The editorial rules an article's draft must meet to be published: its stage, its kicker, its category's rules. */
const publishRules = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** In one statement (the query layer's populate takes four): one row per cited source, or one without any. */
  async draft(documentId: string): Promise<ArticleDraft | null> {
    const [kicker, category, sources] = (['kicker', 'category', 'sources'] as const).map((name) => joinOf(strapi, ARTICLE_UID, name));
    const knex = await readerOf(strapi);
    const rows = (await knex(`${tableOf(strapi, ARTICLE_UID)} as a`)
      .leftJoin(`${kicker.table} as kl`, `kl.${kicker.own}`, 'a.id')
      .leftJoin(`${tableOf(strapi, KICKER_UID)} as k`, 'k.id', `kl.${kicker.other}`)
      .leftJoin(`${category.table} as cl`, `cl.${category.own}`, 'a.id')
      .leftJoin(`${tableOf(strapi, CATEGORY_UID)} as c`, 'c.id', `cl.${category.other}`)
      .leftJoin(`${sources.table} as sl`, `sl.${sources.own}`, 'a.id')
      .leftJoin(`${tableOf(strapi, SOURCE_UID)} as s`, 's.id', `sl.${sources.other}`)
      .where('a.document_id', documentId)
      .whereNull('a.published_at')
      .select('a.stage', 'k.label as kickerLabel', 'k.state as kickerState', 'c.document_id as categoryId', 'c.slug as categorySlug')
      .select('c.name as categoryName', 's.id as sourceId', `s.${columnOf(strapi, SOURCE_UID, 'isInternal')} as isInternal`)) as DraftRow[];
    if (rows.length === 0) return null;
    const [first] = rows;
    return {
      stage: first.stage,
      kicker: first.kickerLabel === null ? null : { label: first.kickerLabel, state: first.kickerState as KickerState },
      category: first.categoryId === null ? null : { documentId: first.categoryId, slug: String(first.categorySlug), name: String(first.categoryName) },
      // SQLite answers booleans as 0 and 1.
      sources: rows.filter((row) => row.sourceId !== null).map((row) => ({ isInternal: row.isInternal === null ? null : Boolean(row.isInternal) })),
    };
  },

  /** What readers would see of the draft, to compare before and after a save (approval lapses, category moves). */
  async visible(documentId: string): Promise<VisibleDraft | null> {
    const row = (await strapi.db.query(ARTICLE_UID).findOne({
      where: { documentId, publishedAt: null },
      select: ['title', 'deck', 'body'],
      populate: { kicker: { select: ['id'] }, category: { select: ['id', 'slug'] }, leadImage: { populate: { file: { select: ['id'] } } } },
    })) as VisibleRow | null;
    if (!row) return null;
    const { id: _id, file, ...image } = row.leadImage ?? { id: 0 };
    return {
      title: row.title,
      deck: row.deck,
      body: row.body,
      kicker: row.kicker?.id ?? null,
      category: row.category ? { id: row.category.id, slug: row.category.slug } : null,
      leadImage: row.leadImage ? JSON.stringify({ file: file?.id ?? null, ...image }) : null,
    };
  },

  check(draft: ArticleDraft, options: { stage: boolean } = { stage: true }): PublishFinding[] {
    const config = editorialConfig(strapi);
    const stage = publishVerdict(config.stages, draft.stage);
    const kicker = kickerPublishProblem(draft.kicker);
    const citedSources = draft.sources.filter((source) => !source.isInternal).length;
    return [
      ...(stage.ok || !options.stage ? [] : [{ code: 'stage-not-approved' as const, path: ['stage'], message: stage.message }]),
      ...(kicker ? [{ code: 'kicker-not-approved' as const, path: ['kickerLabel'], message: kicker }] : []),
      ...categoryFindings(config.categoryRules, draft.category, { citedSources }),
    ];
  },

  /** What the rules other than the stage say of the article's draft; the importer reports these. */
  async findings(documentId: string): Promise<PublishFinding[]> {
    const draft = await this.draft(documentId);
    return draft ? this.check(draft, { stage: false }) : [];
  },
});

export default publishRules;
