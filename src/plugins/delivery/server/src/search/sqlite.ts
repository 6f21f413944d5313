import type { Knex } from 'knex';
import { foldedFields } from '../domain/search-document';
import { HIT_COLUMNS, hitOf, SEARCH_TABLE, storedColumns, type SearchEngine, type StoredRow } from './engine';

const FTS = `${SEARCH_TABLE}_fts`;
// A title match weighs ten times a match in the text (bm25's column weights), so it ranks first.
const RANK = `bm25(${FTS}, 10.0, 1.0)`;

/**
 * SQLite FTS5 over the plugin's table as external content (the folded title and text), kept in step by triggers.
 * Porter stemming on unicode61 words; the folding is done before, the same as for queries.
 */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE} (id INTEGER PRIMARY KEY, uid TEXT NOT NULL, document_id TEXT NOT NULL, slug TEXT NOT NULL,
    permalink TEXT, date_published TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, folded_title TEXT NOT NULL,
    folded_body TEXT NOT NULL, source_updated_at TEXT NOT NULL, UNIQUE (uid, document_id))`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS} USING fts5(folded_title, folded_body, content='${SEARCH_TABLE}', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2')`,
  `CREATE TRIGGER IF NOT EXISTS ${SEARCH_TABLE}_ai AFTER INSERT ON ${SEARCH_TABLE} BEGIN
    INSERT INTO ${FTS}(rowid, folded_title, folded_body) VALUES (new.id, new.folded_title, new.folded_body); END`,
  `CREATE TRIGGER IF NOT EXISTS ${SEARCH_TABLE}_ad AFTER DELETE ON ${SEARCH_TABLE} BEGIN
    INSERT INTO ${FTS}(${FTS}, rowid, folded_title, folded_body) VALUES ('delete', old.id, old.folded_title, old.folded_body); END`,
  `CREATE TRIGGER IF NOT EXISTS ${SEARCH_TABLE}_au AFTER UPDATE ON ${SEARCH_TABLE} BEGIN
    INSERT INTO ${FTS}(${FTS}, rowid, folded_title, folded_body) VALUES ('delete', old.id, old.folded_title, old.folded_body);
    INSERT INTO ${FTS}(rowid, folded_title, folded_body) VALUES (new.id, new.folded_title, new.folded_body); END`,
];

// Each word quoted: FTS5 reads a quoted string as that word, never as AND, OR, NOT, NEAR, a column or a prefix.
const matchOf = (words: readonly string[]): string => words.map((word) => `"${word}"`).join(' ');
const marks = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

export const sqliteEngine: SearchEngine = {
  async prepare(knex) {
    for (const statement of SCHEMA) await knex.raw(statement);
  },

  async upsert(knex, stories) {
    if (stories.length === 0) return;
    const rows = stories.map((story) => {
      const { foldedTitle, foldedText } = foldedFields(story);
      return { ...storedColumns(story), folded_title: foldedTitle, folded_body: foldedText };
    });
    await knex(SEARCH_TABLE).insert(rows).onConflict(['uid', 'document_id']).merge();
  },

  async remove(knex, uid, documentIds) {
    if (documentIds?.length === 0) return;
    const rows = knex(SEARCH_TABLE).where({ uid });
    await (documentIds === null ? rows : rows.whereIn('document_id', [...documentIds])).delete();
  },

  async fingerprint(knex, uid) {
    const [row] = (await knex(SEARCH_TABLE).where({ uid }).select(knex.raw('count(*) as count, max(source_updated_at) as latest'))) as Array<{
      count: number;
      latest: string | null;
    }>;
    return { count: Number(row.count), latest: row.latest };
  },

  async search(knex: Knex, { words, uids, offset, limit }) {
    const from = `FROM ${FTS} JOIN ${SEARCH_TABLE} s ON s.id = ${FTS}.rowid WHERE ${FTS} MATCH ? AND s.uid IN (${marks(uids)})`;
    const bindings = [matchOf(words), ...uids];
    const [counted] = (await knex.raw(`SELECT count(*) AS total ${from}`, bindings)) as Array<{ total: number }>;
    const total = Number(counted.total);
    if (total <= offset) return { total, hits: [] };
    // Ranked on ids alone, then the page's rows read whole: the sort does not carry every match's text.
    const rows = (await knex.raw(
      `SELECT ${HIT_COLUMNS}, m.relevance FROM (SELECT s.id AS id, ${RANK} AS relevance, s.date_published AS date_published, s.document_id AS document_id ${from}
        ORDER BY relevance, date_published DESC, document_id LIMIT ? OFFSET ?) m JOIN ${SEARCH_TABLE} s ON s.id = m.id
        ORDER BY m.relevance, s.date_published DESC, s.document_id`,
      [...bindings, limit, offset],
    )) as StoredRow[];
    // bm25 is negative, lower is better: as 0 to 1, higher better.
    return { total, hits: rows.map((row) => hitOf(row, -Number(row.relevance) / (1 - Number(row.relevance)))) };
  },
};
