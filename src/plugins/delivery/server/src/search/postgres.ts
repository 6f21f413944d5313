import type { Knex } from 'knex';
import { foldedFields } from '../domain/search-document';
import { HIT_COLUMNS, hitOf, SEARCH_TABLE, storedColumns, type SearchEngine, type StoredRow } from './engine';

/**
 * PostgreSQL full-text search: a `tsvector` column (the folded title weighted A, the folded text D, English stemming)
 * with a GIN index. ts_rank weighs A at 1.0 and D at 0.1, so a title match ranks above any number of text matches.
 * Queries go through plainto_tsquery, which reads its input as plain words ANDed together: no operator syntax.
 */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE} (uid text NOT NULL, document_id text NOT NULL, slug text NOT NULL, permalink text,
    date_published text NOT NULL, title text NOT NULL, body text NOT NULL, source_updated_at text NOT NULL, search tsvector NOT NULL,
    PRIMARY KEY (uid, document_id))`,
  `CREATE INDEX IF NOT EXISTS ${SEARCH_TABLE}_search ON ${SEARCH_TABLE} USING gin (search)`,
];

const VECTOR = `setweight(to_tsvector('english', ?), 'A') || setweight(to_tsvector('english', ?), 'D')`;
const QUERY = `plainto_tsquery('english', ?)`;

export const postgresEngine: SearchEngine = {
  async prepare(knex) {
    for (const statement of SCHEMA) await knex.raw(statement);
  },

  async upsert(knex, stories) {
    if (stories.length === 0) return;
    const rows = stories.map((story) => {
      const { foldedTitle, foldedText } = foldedFields(story);
      return { ...storedColumns(story), search: knex.raw(VECTOR, [foldedTitle, foldedText]) };
    });
    await knex(SEARCH_TABLE).insert(rows).onConflict(['uid', 'document_id']).merge();
  },

  async remove(knex, uid, documentIds) {
    if (documentIds?.length === 0) return;
    const rows = knex(SEARCH_TABLE).where({ uid });
    await (documentIds === null ? rows : rows.whereIn('document_id', [...documentIds])).delete();
  },

  async fingerprint(knex, uid) {
    const [row] = (await knex(SEARCH_TABLE).where({ uid }).select(knex.raw('count(*)::int as count, max(source_updated_at) as latest'))) as Array<{
      count: number;
      latest: string | null;
    }>;
    return { count: Number(row.count), latest: row.latest };
  },

  async search(knex: Knex, { words, uids, offset, limit }) {
    const text = words.join(' ');
    const counted = await knex.raw(`SELECT count(*)::int AS total FROM ${SEARCH_TABLE} WHERE search @@ ${QUERY} AND uid = ANY(?)`, [text, [...uids]]);
    const total = Number((counted.rows as Array<{ total: number }>)[0].total);
    if (total <= offset) return { total, hits: [] };
    const ranked = await knex.raw(
      `SELECT ${HIT_COLUMNS}, m.relevance FROM (SELECT uid, document_id, date_published, ts_rank(search, query) AS relevance
          FROM ${SEARCH_TABLE}, ${QUERY} query WHERE search @@ query AND uid = ANY(?)
          ORDER BY relevance DESC, date_published DESC, document_id LIMIT ? OFFSET ?) m
        JOIN ${SEARCH_TABLE} s USING (uid, document_id) ORDER BY m.relevance DESC, s.date_published DESC, s.document_id`,
      [text, [...uids], limit, offset],
    );
    return { total, hits: (ranked.rows as StoredRow[]).map((row) => hitOf(row, Number(row.relevance))) };
  },
};
