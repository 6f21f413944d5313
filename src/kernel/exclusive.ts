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

/**
 * Inside a transaction, takes at once the locks `exclusively` takes one by one, for every name (a batch's slugs), in one
 * statement, held until the transaction ends. In name order, so two batches wanting the same names queue rather than
 * deadlock. SQLite's single writer needs none.
 */
export async function lockAll(strapi: Core.Strapi, names: readonly string[]): Promise<void> {
  if (strapi.db.getInfo().client !== 'postgres' || names.length === 0) return;
  const sorted = [...new Set(names)].sort();
  await strapi.db.transaction(({ trx }) =>
    trx.raw('select pg_advisory_xact_lock(hashtext(name)) from (select unnest(?::text[]) as name order by 1) as names', [sorted]),
  );
}
