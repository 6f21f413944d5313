import type { Knex } from 'knex';
import { foldedFields } from '../domain/search-document';
import { dropOutdated, fingerprintOf, HIT_COLUMNS, hitOf, removeStories, SEARCH_TABLE, storedColumns, type SearchEngine, type StoredRow } from './engine';

/**
 * PostgreSQL full-text search: `search`, the folded title and text as a `tsvector` (English stemming) with a GIN
 * index, finds; `ranked`, the title weighted A and the text's opening D, ranks. ts_rank weighs A at 1.0 and D at 0.1, so
 * a title match ranks above text matches. Queries go through plainto_tsquery, which reads its input as plain words
 * ANDed together: no operator syntax.
 */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE} (uid text NOT NULL, document_id text NOT NULL, slug text NOT NULL, permalink text,
    date_published text NOT NULL, title text NOT NULL, body text NOT NULL, source_updated_at text NOT NULL, search tsvector NOT NULL,
    ranked tsvector NOT NULL, PRIMARY KEY (uid, document_id))`,
  `CREATE INDEX IF NOT EXISTS ${SEARCH_TABLE}_search ON ${SEARCH_TABLE} USING gin (search)`,
];

const WEIGHTED = `setweight(to_tsvector('english', ?), 'A') || setweight(to_tsvector('english', ?), 'D')`;

/**
 * The matches ranked on the small `ranked` vector, counted, one page kept. The match alone decides the scan, so it is
 * the GIN index's even for a word most stories hold (`enable_seqscan` off for the transaction) and even before the
 * table has statistics: read any other way, every story's whole vector is read and unpacked, ten times the work.
 */
const MATCHED = `SELECT uid, document_id, date_published, ts_rank(ranked, query) AS relevance
    FROM ${SEARCH_TABLE}, plainto_tsquery('english', ?) query WHERE search @@ query`;

const PAGE = `WITH matched AS MATERIALIZED (${MATCHED}), page AS (
    SELECT *, count(*) OVER () AS total FROM matched WHERE uid = ANY(?)
    ORDER BY relevance DESC, date_published DESC, document_id LIMIT ? OFFSET ?
  )
  SELECT ${HIT_COLUMNS}, page.relevance, page.total FROM page JOIN ${SEARCH_TABLE} s USING (uid, document_id)
  ORDER BY page.relevance DESC, s.date_published DESC, s.document_id`;

const COUNT = `WITH matched AS MATERIALIZED (${MATCHED}) SELECT count(*)::int AS total FROM matched WHERE uid = ANY(?)`;

export const postgresEngine: SearchEngine = {
  async prepare(knex) {
    await dropOutdated(knex, 'ranked');
    for (const statement of SCHEMA) await knex.raw(statement);
    // Rows written since the last boot (an import) may not be counted in the planner's statistics yet.
    await knex.raw(`ANALYZE ${SEARCH_TABLE}`);
  },

  async upsert(knex, stories) {
    if (stories.length === 0) return;
    const rows = stories.map((story) => {
      const { foldedTitle, foldedText, foldedLead } = foldedFields(story);
      return { ...storedColumns(story), search: knex.raw(WEIGHTED, [foldedTitle, foldedText]), ranked: knex.raw(WEIGHTED, [foldedTitle, foldedLead]) };
    });
    await knex(SEARCH_TABLE).insert(rows).onConflict(['uid', 'document_id']).merge();
  },

  remove: removeStories,

  fingerprint: fingerprintOf,

  async search(knex: Knex, { words, uids, offset, limit }) {
    const text = words.join(' ');
    return knex.transaction(async (trx) => {
      await trx.raw('SET LOCAL enable_seqscan = off');
      const rows = (await trx.raw(PAGE, [text, [...uids], limit, offset])).rows as Array<StoredRow & { total: number }>;
      if (rows.length > 0) return { total: Number(rows[0].total), hits: rows.map((row) => hitOf(row, Number(row.relevance))) };
      // A page past the end says nothing of the total; no match at all means none.
      if (offset === 0) return { total: 0, hits: [] };
      return { total: Number(((await trx.raw(COUNT, [text, [...uids]])).rows as Array<{ total: number }>)[0].total), hits: [] };
    });
  },
};
