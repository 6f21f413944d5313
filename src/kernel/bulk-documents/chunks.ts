import type { Knex } from 'knex';

// Rows per statement: a hundred rows of a few dozen columns stay well inside every database's limit on bound values
// (SQLite 32,766, PostgreSQL 65,535), however many rows a batch writes.
const CHUNK = 100;

/** The rows in runs of at most `size`. */
export function chunksOf<T>(rows: readonly T[], size = CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

/**
 * Inserts rows in chunks, as plain inserts in the caller's transaction: knex's batchInsert opens a transaction of its
 * own, a savepoint and its release around every call.
 */
export async function insertRows(trx: Knex.Transaction, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  for (const chunk of chunksOf(rows)) await trx(table).insert(chunk);
}

interface CreatesMany {
  createMany(params: { data: Record<string, unknown>[] }): Promise<{ count: number; ids?: unknown[] }>;
}

/** `createMany` through the query layer (so the database lifecycles still run), in chunks; answers the new ids in order. */
export async function createRows(query: CreatesMany, rows: readonly Record<string, unknown>[]): Promise<number[]> {
  const ids: number[] = [];
  for (const chunk of chunksOf(rows)) {
    const created = await query.createMany({ data: chunk });
    ids.push(...(created.ids ?? []).map(Number));
  }
  return ids;
}
