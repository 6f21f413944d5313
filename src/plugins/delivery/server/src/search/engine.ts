import type { Knex } from 'knex';
import type { IndexedStory } from '../domain/search-document';

export const SEARCH_TABLE = 'provenance_search';

/** One page of matches, best first, with how many match in all. */
export interface SearchHit extends IndexedStory {
  /** The engine's relevance, higher is better; comparable within one answer, not across databases. */
  score: number;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

export interface SearchRequest {
  /** Folded plain words (queryWords): every one must match, each read literally. */
  words: readonly string[];
  uids: readonly string[];
  offset: number;
  limit: number;
}

/** What the index's table holds for a type: its row count and its rows' latest source update. */
export interface Fingerprint {
  count: number;
  latest: string | null;
}

/** A full-text engine over the plugin's own table, the same contract on each database. */
export interface SearchEngine {
  /** Creates the table and its full-text structure when missing. */
  prepare(knex: Knex): Promise<void>;
  upsert(knex: Knex, stories: readonly IndexedStory[]): Promise<void>;
  remove(knex: Knex, uid: string, documentIds: readonly string[] | null): Promise<void>;
  fingerprint(knex: Knex, uid: string): Promise<Fingerprint>;
  search(knex: Knex, request: SearchRequest): Promise<SearchPage>;
}

/** Removes a type's stories from the index: those named, or every one (null). Plain SQL, the same on both databases. */
export async function removeStories(knex: Knex, uid: string, documentIds: readonly string[] | null): Promise<void> {
  if (documentIds?.length === 0) return;
  const rows = knex(SEARCH_TABLE).where({ uid });
  await (documentIds === null ? rows : rows.whereIn('document_id', [...documentIds])).delete();
}

/** How many stories of a type the index holds and when their latest source changed. */
export async function fingerprintOf(knex: Knex, uid: string): Promise<Fingerprint> {
  const [row] = (await knex(SEARCH_TABLE).where({ uid }).select(knex.raw('count(*) as count, max(source_updated_at) as latest'))) as Array<{
    count: number | string;
    latest: string | null;
  }>;
  // PostgreSQL counts in bigint, which its driver hands over as a string.
  return { count: Number(row.count), latest: row.latest };
}

/**
 * The index is derived data: a table made by an earlier layout (without the column this one added last) is dropped, to
 * be made again and filled from the published rows.
 */
export async function dropOutdated(knex: Knex, newestColumn: string, alsoDrop: readonly string[] = []): Promise<void> {
  if (!(await knex.schema.hasTable(SEARCH_TABLE)) || (await knex.schema.hasColumn(SEARCH_TABLE, newestColumn))) return;
  for (const table of alsoDrop) await knex.schema.dropTableIfExists(table);
  await knex.schema.dropTable(SEARCH_TABLE);
}

/** The stored columns a hit is read from, as `s.<column>` for the engines' joins. */
export const HIT_COLUMNS = ['uid', 'document_id', 'slug', 'permalink', 'date_published', 'title', 'body', 'source_updated_at']
  .map((column) => `s.${column}`)
  .join(', ');

export interface StoredRow {
  uid: string;
  document_id: string;
  slug: string;
  permalink: string | null;
  date_published: string;
  title: string;
  body: string;
  source_updated_at: string;
  relevance: number | string;
}

/** A stored row as a hit; `score` from the engine's rank, already oriented so higher is better. */
export const hitOf = (row: StoredRow, score: number): SearchHit => ({
  uid: row.uid,
  documentId: row.document_id,
  slug: row.slug,
  permalink: row.permalink,
  datePublished: row.date_published,
  title: row.title,
  text: row.body,
  sourceUpdatedAt: row.source_updated_at,
  score: Number(score.toPrecision(6)),
});

/** The columns both engines store per story, by their names in the table. */
export const storedColumns = (story: IndexedStory) => ({
  uid: story.uid,
  document_id: story.documentId,
  slug: story.slug,
  permalink: story.permalink,
  date_published: story.datePublished,
  title: story.title,
  body: story.text,
  source_updated_at: story.sourceUpdatedAt,
});
