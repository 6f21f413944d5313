import type { Core } from '@strapi/strapi';

export interface StatementCount {
  /** SQL statements sent to the database since counting started. */
  readonly total: number;
  stop(): void;
}

/**
 * Counts every statement the importer's process sends to the database (knex's `query` event: reads, writes, and the
 * transactions' own statements), for `--stats`: the figure that says what an article costs on a database where each
 * statement is a round trip.
 */
export function countStatements(strapi: Core.Strapi): StatementCount {
  let total = 0;
  const counted = (): void => {
    total += 1;
  };
  strapi.db.connection.on('query', counted);
  return {
    get total() {
      return total;
    },
    stop: () => {
      strapi.db.connection.off('query', counted);
    },
  };
}
