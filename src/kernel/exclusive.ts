import type { Core } from '@strapi/strapi';

/**
 * Runs `work` in one database transaction that no other transaction holding the same `name` can overlap, across every
 * instance on the database: bootstraps booting at the same moment take turns instead of each creating the same rows,
 * and a check-then-write (is this slug free? then save) stays true until the write commits. PostgreSQL takes a
 * transaction-scoped advisory lock named after `name`; SQLite has a single writer, so its transactions already take
 * turns.
 */
export async function exclusively<T>(strapi: Core.Strapi, name: string, work: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(async ({ trx }) => {
    if (strapi.db.getInfo().client === 'postgres') await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [name]);
    return work();
  });
}
