import type { Core } from '@strapi/strapi';

/**
 * Runs `work` in one database transaction. On PostgreSQL, where several instances share the database and may boot at
 * the same moment, the transaction first takes an advisory lock named after `name`, so their bootstraps take turns
 * instead of each creating the same rows. SQLite has a single writer, so its transactions already take turns.
 */
export async function exclusively<T>(strapi: Core.Strapi, name: string, work: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(async ({ trx }) => {
    if (strapi.db.getInfo().client === 'postgres') await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [name]);
    return work();
  });
}
