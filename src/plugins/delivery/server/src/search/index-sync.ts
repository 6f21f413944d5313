import type { Core } from '@strapi/strapi';
import { exclusively } from '#kernel/exclusive';
import { readerOf } from '#kernel/reader';
import { articleStory, factCheckStory, type ArticleRow, type FactCheckRow, type IndexedStory } from '../domain/search-document';
import { ARTICLE_UID, FACT_CHECK_UID } from '../constants';
import type { SearchEngine } from './engine';
import { postgresEngine } from './postgres';
import { sqliteEngine } from './sqlite';

/** The types search covers, with how a published row becomes an indexed story. */
export const SEARCHED = [
  {
    type: 'article',
    uid: ARTICLE_UID,
    select: ['documentId', 'slug', 'permalink', 'title', 'deck', 'body', 'datePublished', 'publishedAt', 'updatedAt'],
    populate: {},
    story: (row: unknown) => articleStory(ARTICLE_UID, row as ArticleRow),
  },
  {
    type: 'fact-check',
    uid: FACT_CHECK_UID,
    select: ['documentId', 'slug', 'title', 'claimReviewed', 'summary', 'bottomLine', 'limitations', 'publishedAt', 'updatedAt'],
    populate: { sections: { select: ['heading', 'body'] } },
    story: (row: unknown) => factCheckStory(FACT_CHECK_UID, row as FactCheckRow),
  },
] as const;

export const SEARCHED_UIDS: readonly string[] = SEARCHED.map(({ uid }) => uid);

const CHUNK = 200;
const LOCK = 'provenance-search-index';

const sqlite = sqliteEngine(SEARCHED_UIDS);

export function engineFor(strapi: Core.Strapi): SearchEngine {
  const client = strapi.db.getInfo().client;
  if (client === 'sqlite') return sqlite;
  if (client === 'postgres') return postgresEngine;
  throw new Error(`delivery: search runs on SQLite or PostgreSQL, not ${client}.`);
}

const sourceOf = (uid: string) => SEARCHED.find((source) => source.uid === uid);

/** The published rows of a type (those `where` names, or `CHUNK` of them after `afterId`), as indexed stories. */
async function publishedStories(strapi: Core.Strapi, uid: string, where: Record<string, unknown>, page?: { afterId: number }) {
  const source = sourceOf(uid);
  if (!source) return { stories: [] as IndexedStory[], lastId: null };
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { ...where, publishedAt: { $notNull: true }, ...(page ? { id: { $gt: page.afterId } } : {}) },
    select: ['id', ...source.select],
    populate: source.populate,
    ...(page ? { orderBy: { id: 'asc' }, limit: CHUNK } : {}),
  } as never)) as Array<{ id: number }>;
  return { stories: rows.map(source.story), lastId: rows.length > 0 ? rows[rows.length - 1].id : null };
}

/** The index made to hold exactly the published rows of a type, chunk by chunk. */
async function rebuild(strapi: Core.Strapi, engine: SearchEngine, uid: string): Promise<void> {
  const knex = await readerOf(strapi);
  await engine.remove(knex, uid, null);
  let afterId = 0;
  for (;;) {
    const { stories, lastId } = await publishedStories(strapi, uid, {}, { afterId });
    await engine.upsert(knex, stories);
    if (lastId === null || stories.length < CHUNK) return;
    afterId = lastId;
  }
}

/** The published rows' count and latest update, to compare with the index's own. */
async function sourceFingerprint(strapi: Core.Strapi, uid: string) {
  const where = { publishedAt: { $notNull: true } };
  const count = await strapi.db.query(uid as never).count({ where } as never);
  const latest = (await strapi.db.query(uid as never).findOne({ where, orderBy: { updatedAt: 'desc' }, select: ['updatedAt'] } as never)) as {
    updatedAt?: string | Date;
  } | null;
  return { count: Number(count), latest: latest?.updatedAt ? new Date(latest.updatedAt).toISOString() : null };
}

/**
 * At boot: the table made if missing, and each type's index rebuilt when it does not hold what is published (empty, or
 * rows written while no instance watched, as by an older version). Under one lock, so instances booting together on
 * one PostgreSQL take turns and the second finds the work done.
 */
export async function prepareIndex(strapi: Core.Strapi): Promise<void> {
  const engine = engineFor(strapi);
  await exclusively(strapi, LOCK, async () => {
    const knex = await readerOf(strapi);
    await engine.prepare(knex);
    for (const { uid } of SEARCHED) {
      const [held, source] = await Promise.all([engine.fingerprint(knex, uid), sourceFingerprint(strapi, uid)]);
      if (held.count !== source.count || held.latest !== source.latest) await rebuild(strapi, engine, uid);
    }
  });
}

/**
 * Brings the index in step with what is published now for these documents (null: every document of the type). Under
 * the index's lock, so two instances writing the same story one after the other cannot leave the first one's view.
 */
export async function reindex(strapi: Core.Strapi, uid: string, documentIds: readonly string[] | null): Promise<void> {
  const engine = engineFor(strapi);
  await exclusively(strapi, LOCK, async () => {
    if (documentIds === null) return rebuild(strapi, engine, uid);
    const knex = await readerOf(strapi);
    for (let start = 0; start < documentIds.length; start += CHUNK) {
      const ids = documentIds.slice(start, start + CHUNK);
      const { stories } = await publishedStories(strapi, uid, { documentId: { $in: ids } });
      const found = new Set(stories.map((story) => story.documentId));
      await engine.upsert(knex, stories);
      await engine.remove(
        knex,
        uid,
        ids.filter((id) => !found.has(id)),
      );
    }
  });
}
