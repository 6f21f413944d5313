import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * The knex a hand-written read goes through: the save's transaction when one is open (it sees the save's own writes,
 * and SQLite's single connection is the transaction's until it ends), else the pool.
 */
export async function readerOf(strapi: Core.Strapi): Promise<Knex> {
  return strapi.db.inTransaction() ? (await strapi.db.transaction()).get() : strapi.db.connection;
}
