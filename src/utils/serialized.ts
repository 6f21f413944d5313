import type { Core } from '@strapi/strapi';

/**
 * Runs `work` in a transaction that no other transaction holding the same key can overlap, across every instance on
 * the database: a check-then-write (is this slug free? then save) stays true until the write commits. PostgreSQL takes
 * a transaction-scoped advisory lock; SQLite runs every transaction on its one connection, one at a time, already.
 */
export function serialized<T>(strapi: Core.Strapi, key: string, work: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(async ({ trx }) => {
    if (strapi.db.getInfo().client === 'postgres') {
      await strapi.db.connection.raw('select pg_advisory_xact_lock(hashtext(?))', [key]).transacting(trx);
    }
    return work();
  }) as Promise<T>;
}
