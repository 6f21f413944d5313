import { foldedFields } from '../domain/search-document';
import { dropOutdated, fingerprintOf, HIT_COLUMNS, hitOf, removeStories, SEARCH_TABLE, storedColumns, type SearchEngine, type StoredRow } from './engine';

const FTS = `${SEARCH_TABLE}_fts`;
// A title match weighs ten times a match in the text (bm25's column weights), so it ranks first; the kind never counts.
const RANK = `bm25(${FTS}, 10.0, 1.0, 0.0)`;
const FTS_COLUMNS = 'folded_title, folded_body, kind';

/**
 * SQLite FTS5 over the plugin's table as external content, kept in step by triggers: the folded title and text
 * (Porter stemming on unicode61 words; the folding is done before, the same as for queries) and the story's kind, so a
 * type filter is part of the match rather than a join with every matching row.
 */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE} (id INTEGER PRIMARY KEY, uid TEXT NOT NULL, kind TEXT NOT NULL, document_id TEXT NOT NULL,
    slug TEXT NOT NULL, permalink TEXT, date_published TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, folded_title TEXT NOT NULL,
    folded_body TEXT NOT NULL, source_updated_at TEXT NOT NULL, UNIQUE (uid, document_id))`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS} USING fts5(${FTS_COLUMNS}, content='${SEARCH_TABLE}', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2')`,
  `CREATE TRIGGER IF NOT EXISTS ${SEARCH_TABLE}_ai AFTER INSERT ON ${SEARCH_TABLE} BEGIN
    INSERT INTO ${FTS}(rowid, ${FTS_COLUMNS}) VALUES (new.id, new.folded_title, new.folded_body, new.kind); END`,
  `CREATE TRIGGER IF NOT EXISTS ${SEARCH_TABLE}_ad AFTER DELETE ON ${SEARCH_TABLE} BEGIN
    INSERT INTO ${FTS}(${FTS}, rowid, ${FTS_COLUMNS}) VALUES ('delete', old.id, old.folded_title, old.folded_body, old.kind); END`,
  `CREATE TRIGGER IF NOT EXISTS ${SEARCH_TABLE}_au AFTER UPDATE ON ${SEARCH_TABLE} BEGIN
    INSERT INTO ${FTS}(${FTS}, rowid, ${FTS_COLUMNS}) VALUES ('delete', old.id, old.folded_title, old.folded_body, old.kind);
    INSERT INTO ${FTS}(rowid, ${FTS_COLUMNS}) VALUES (new.id, new.folded_title, new.folded_body, new.kind); END`,
];

/** A type's uid as one FTS word ("api::fact-check.fact-check" → "factcheck"). */
const kindOf = (uid: string): string => uid.replace(/^.*\./, '').replace(/[^a-z]/g, '');

/**
 * Each word quoted (FTS5 reads a quoted string as that word, never as AND, OR, NOT, NEAR, a column or a prefix), all
 * of them in the title or text; the kinds asked for when not every kind is.
 */
function matchOf(words: readonly string[], uids: readonly string[], every: boolean): string {
  const text = `{folded_title folded_body} : (${words.map((word) => `"${word}"`).join(' AND ')})`;
  return every ? text : `${text} AND {kind} : (${uids.map((uid) => `"${kindOf(uid)}"`).join(' OR ')})`;
}

export function sqliteEngine(searchedUids: readonly string[]): SearchEngine {
  return {
    async prepare(knex) {
      await dropOutdated(knex, 'kind', [FTS]);
      for (const statement of SCHEMA) await knex.raw(statement);
    },

    async upsert(knex, stories) {
      if (stories.length === 0) return;
      const rows = stories.map((story) => {
        const { foldedTitle, foldedText } = foldedFields(story);
        return { ...storedColumns(story), kind: kindOf(story.uid), folded_title: foldedTitle, folded_body: foldedText };
      });
      await knex(SEARCH_TABLE).insert(rows).onConflict(['uid', 'document_id']).merge();
    },

    remove: removeStories,

    fingerprint: fingerprintOf,

    async search(knex, { words, uids, offset, limit }) {
      const match = matchOf(
        words,
        uids,
        searchedUids.every((uid) => uids.includes(uid)),
      );
      // Counted, then ranked, in the full-text index alone (newest indexed first among equals); only the page's rows are read.
      const [counted] = (await knex.raw(`SELECT count(*) AS total FROM ${FTS} WHERE ${FTS} MATCH ?`, [match])) as Array<{ total: number }>;
      const total = Number(counted.total);
      if (total <= offset) return { total, hits: [] };
      const rows = (await knex.raw(
        `SELECT ${HIT_COLUMNS}, m.relevance FROM (SELECT rowid AS id, ${RANK} AS relevance FROM ${FTS} WHERE ${FTS} MATCH ?
          ORDER BY relevance, rowid DESC LIMIT ? OFFSET ?) m JOIN ${SEARCH_TABLE} s ON s.id = m.id ORDER BY m.relevance, m.id DESC`,
        [match, limit, offset],
      )) as StoredRow[];
      // bm25 is negative, lower is better: as 0 to 1, higher better.
      return { total, hits: rows.map((row) => hitOf(row, -Number(row.relevance) / (1 - Number(row.relevance)))) };
    },
  };
}
