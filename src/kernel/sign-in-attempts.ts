import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { AttemptCount, LimitRule } from '#domain/sign-in-limit';

/**
 * Where sign-in attempts are counted: a table of the CMS's own database, one row per address, changed by one atomic
 * statement per attempt, so every instance on one PostgreSQL database shares each count, and attempts arriving at once
 * on any of them are counted one after the other (SQLite has a single writer; PostgreSQL locks the row for the upsert).
 * The rule is afterAttempt's (src/domain/sign-in-limit.ts), written in SQL. Strapi leaves tables it did not make alone.
 * With REDIS_URL set, the counts are kept in Redis instead (src/kernel/redis-attempts.ts), to the same rule.
 */
export const ATTEMPTS_TABLE = 'provenance_sign_in_attempts';

export interface AttemptCounter {
  /** Counts one attempt under `key` at `now`, answering the count it brought. */
  attempt(key: string, rule: LimitRule, now: number): Promise<AttemptCount>;
  /** Gives back the attempt that brought `counted`, unless its window has ended since. */
  giveBack(key: string, counted: AttemptCount): Promise<void>;
}

/** A counter with its lifecycle: made ready at bootstrap, before the server takes requests, and closed at shutdown. */
export interface AttemptStore extends AttemptCounter {
  prepare(): Promise<void>;
  close(): Promise<void>;
}

/**
 * What a counter throws when its store cannot be reached for now: the attempt is neither counted nor let through, and
 * the caller is told to come back shortly (src/middlewares/sign-in-limit.ts answers 503 with Retry-After).
 */
export class CountUnavailableError extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`Sign-in attempts cannot be counted: ${reason}`, options);
    this.name = 'CountUnavailableError';
  }
}

/**
 * How a key is stored: an HMAC under the admin's JWT secret (which every instance of a newsroom shares), so neither the
 * table nor Redis holds the addresses that signed in.
 */
export function attemptDigest(strapi: Core.Strapi): (key: string) => string {
  const secret = String(strapi.config.get('admin.auth.secret', '') ?? '');
  return (key) => crypto.createHmac('sha256', secret).update(key).digest('hex');
}

/** Creates the table once per database; instances booting together on PostgreSQL take turns (an advisory lock). */
export async function createAttemptsTable(strapi: Core.Strapi): Promise<void> {
  const create = `create table if not exists ${ATTEMPTS_TABLE} (attempt_key varchar(64) primary key, hits integer not null, resets_at bigint not null)`;
  const index = `create index if not exists ${ATTEMPTS_TABLE}_resets_at on ${ATTEMPTS_TABLE} (resets_at)`;
  const knex = strapi.db.connection;
  if (strapi.db.getInfo().client !== 'postgres') {
    await knex.raw(create);
    await knex.raw(index);
    return;
  }
  await knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [ATTEMPTS_TABLE]);
    await trx.raw(create);
    await trx.raw(index);
  });
}

const UPSERT = `insert into ${ATTEMPTS_TABLE} (attempt_key, hits, resets_at) values (?, 1, ?)
  on conflict (attempt_key) do update set
    hits = case when ${ATTEMPTS_TABLE}.resets_at <= ? then 1 else ${ATTEMPTS_TABLE}.hits + 1 end,
    resets_at = case when ${ATTEMPTS_TABLE}.resets_at <= ? then excluded.resets_at else ${ATTEMPTS_TABLE}.resets_at end
  returning hits, resets_at`;

type Row = { hits: number | string; resets_at: number | string };

/** Rows of a raw statement: better-sqlite3 answers them as an array, pg as `rows`. */
const rowsOf = (result: unknown): Row[] => (Array.isArray(result) ? result : ((result as { rows?: Row[] }).rows ?? []));

/**
 * The counter on the CMS's database. Keys are stored as their digest (attemptDigest), not as addresses. Rows of windows
 * that ended are swept at most once a window per instance.
 */
export function databaseAttemptCounter(strapi: Core.Strapi): AttemptCounter {
  const knex = () => strapi.db.connection;
  const stored = attemptDigest(strapi);
  let lastSweep = 0;

  return {
    async attempt(key, rule, now) {
      if (now - lastSweep >= rule.windowMs) {
        lastSweep = now;
        await knex()(ATTEMPTS_TABLE).where('resets_at', '<=', now).del();
      }
      const [row] = rowsOf(await knex().raw(UPSERT, [stored(key), now + rule.windowMs, now, now]));
      if (!row) throw new Error(`Counting a sign-in attempt in ${ATTEMPTS_TABLE} answered no row.`);
      return { hits: Number(row.hits), resetsAt: Number(row.resets_at) };
    },

    async giveBack(key, counted) {
      await knex()(ATTEMPTS_TABLE)
        .where({ attempt_key: stored(key), resets_at: counted.resetsAt })
        .andWhere('hits', '>', 0)
        .decrement('hits', 1);
    },
  };
}

/** The counts in the CMS's database: its table is made at bootstrap; the database's connections are Strapi's to close. */
export const databaseAttemptStore = (strapi: Core.Strapi): AttemptStore => ({
  ...databaseAttemptCounter(strapi),
  prepare: () => createAttemptsTable(strapi),
  close: async () => undefined,
});
