import { createClient } from '@redis/client';
import type { Core } from '@strapi/strapi';
import { redactedRedisUrl, type RedisSettings } from '#domain/redis-sign-in';
import { redisAttemptCounter } from './redis-attempts';
import { attemptDigest, type AttemptStore } from './sign-in-attempts';

/** A Redis on the same network answers in milliseconds: waiting longer only holds a sign-in that will be refused anyway. */
export const REDIS_CONNECT_TIMEOUT_MS = 2000;
export const REDIS_COMMAND_TIMEOUT_MS = 2000;
/** Reconnection backs off from 100 ms to this, and never gives up: a Redis that comes back is used again. */
const MAX_RECONNECT_DELAY_MS = 2000;

/**
 * The sign-in counts in Redis (REDIS_URL). The client connects at bootstrap and, while Redis cannot be reached, keeps
 * trying in the background; commands sent meanwhile fail at once (no offline queue), so a sign-in is answered 503
 * rather than counted late or held. Boot does not wait for Redis beyond the first try: the CMS serves everything but
 * sign-ins while Redis is away. Each outage is logged once, when it starts, and once more when Redis is back.
 */
export function redisAttemptStore(strapi: Core.Strapi, settings: RedisSettings): AttemptStore {
  const where = redactedRedisUrl(settings.url);
  const client = createClient({
    url: settings.url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  });
  let reachable: boolean | undefined;
  let closing = false;

  client.on('error', (error: unknown) => {
    if (reachable !== false) {
      strapi.log.warn(
        `Redis at ${where} cannot be reached (${error instanceof Error ? error.message : String(error)}): sign-ins are answered 503 until it can.`,
      );
    }
    reachable = false;
  });
  client.on('ready', () => {
    if (reachable === false) strapi.log.info(`Redis at ${where} can be reached again: sign-ins are counted there.`);
    reachable = true;
  });

  const counter = redisAttemptCounter(client, {
    keyPrefix: settings.keyPrefix,
    digest: attemptDigest(strapi),
    timeoutMs: REDIS_COMMAND_TIMEOUT_MS,
  });

  return {
    ...counter,

    async prepare() {
      // connect() settles only once connected (it retries until then) or closed: its outcome is the log's business.
      client.connect().catch((error: unknown) => {
        if (!closing) strapi.log.error(`Redis at ${where}: the connection was given up (${error instanceof Error ? error.message : String(error)}).`);
      });
      await firstOutcome(client, REDIS_CONNECT_TIMEOUT_MS);
    },

    async close() {
      closing = true;
      client.destroy();
    },
  };
}

interface Emitter {
  once(event: string, listener: () => void): unknown;
  off(event: string, listener: () => void): unknown;
}

/** Waits for the first try at connecting to end either way (or the timeout), so the first sign-ins find it connected. */
function firstOutcome(client: Emitter, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off('ready', done);
      client.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    client.once('ready', done);
    client.once('error', done);
  });
}
