import type { AttemptCount } from './sign-in-limit';

/**
 * The sign-in counts kept in Redis (src/kernel/redis-attempts.ts), apart from the connection: its settings, the keys,
 * and how Redis's answers are read. Pure: no Strapi and no Redis client, so the rules are unit-tested alone.
 */

export const DEFAULT_REDIS_KEY_PREFIX = 'provenance:';

export interface RedisSettings {
  /** redis:// or rediss:// (TLS), with the password and database number if any. */
  readonly url: string;
  /** Put before every key, so newsrooms or other applications sharing one Redis keep apart. */
  readonly keyPrefix: string;
}

const REDIS_SCHEMES = new Set(['redis:', 'rediss:']);

/**
 * The settings from REDIS_URL and REDIS_KEY_PREFIX; none when REDIS_URL is empty (the counts stay in the database). A
 * value that is not a Redis URL stops the CMS at boot with the variable's name, rather than counting nowhere.
 */
export function redisSettings(url: string, keyPrefix: string): RedisSettings | undefined {
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new Error(`REDIS_URL: "${redactedRedisUrl(trimmed)}" is not a URL such as redis://127.0.0.1:6379.`);
  }
  if (!REDIS_SCHEMES.has(parsed.protocol) || !parsed.hostname) {
    throw new Error(`REDIS_URL: "${redactedRedisUrl(trimmed)}" is not a redis:// or rediss:// URL such as redis://127.0.0.1:6379.`);
  }
  return { url: trimmed, keyPrefix: keyPrefix.trim() || DEFAULT_REDIS_KEY_PREFIX };
}

/** The URL as it may be logged: its password (and a user name's) replaced, since logs are read more widely than secrets. */
export function redactedRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

/** The key an address's count is kept under: `digest` is the address's key HMAC'd, never the address itself. */
export const redisAttemptKey = (keyPrefix: string, digest: string): string => `${keyPrefix}sign-in-attempts:${digest}`;

/**
 * Error replies of a Redis that is there but cannot serve writes for now: loading its data after a restart, a script
 * still running, a replica promoted or not yet, out of memory under `noeviction`. They pass; any other error reply
 * (a key of the wrong type, a script error) is a fault of ours and is not hidden behind "try again".
 */
const TRANSIENT_REPLIES = ['LOADING', 'BUSY', 'MASTERDOWN', 'READONLY', 'TRYAGAIN', 'CLUSTERDOWN', 'OOM'];

export function isTransientRedisReply(message: string): boolean {
  const first = message.trimStart().split(/\s/, 1)[0];
  return TRANSIENT_REPLIES.includes(first);
}

/** The count the attempt script answers: `[hits, resetsAt]`, two integers. */
export function countFromReply(reply: unknown): AttemptCount {
  if (!Array.isArray(reply) || reply.length !== 2) throw new Error(`Counting a sign-in attempt in Redis answered ${JSON.stringify(reply)}.`);
  const [hits, resetsAt] = reply.map(Number);
  if (!Number.isSafeInteger(hits) || !Number.isSafeInteger(resetsAt) || hits < 1) {
    throw new Error(`Counting a sign-in attempt in Redis answered ${JSON.stringify(reply)}.`);
  }
  return { hits, resetsAt };
}
