import {
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  DisconnectsClientError,
  ErrorReply,
  ReconnectStrategyError,
  SocketClosedUnexpectedlyError,
  SocketTimeoutError,
  TimeoutError,
} from '@redis/client';
import type { AttemptCount, LimitRule } from '#domain/sign-in-limit';
import { countFromReply, isTransientRedisReply, redisAttemptKey } from '#domain/redis-sign-in';
import { CountUnavailableError, type AttemptCounter } from './sign-in-attempts';

/**
 * The sign-in counts in Redis: one hash per address (`hits`, `resets_at`), changed by one Lua script per attempt. Redis
 * runs a script alone, start to end, so the read, the count and the expiry are one step: attempts arriving at once on
 * every instance sharing the Redis are counted one after the other. The rule is afterAttempt's and afterSuccess's
 * (src/domain/sign-in-limit.ts), written in Lua as the database counter writes it in SQL. A key expires with its window,
 * so nothing needs sweeping. The scripts are sent whole (EVAL): a few hundred bytes per sign-in, and no NOSCRIPT retry
 * after a Redis restart.
 */

// KEYS[1]: the address's count; ARGV[1]: now; ARGV[2]: the window. Both in ms; answers {hits, resets_at}.
const ATTEMPT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local resets_at = tonumber(redis.call('HGET', KEYS[1], 'resets_at'))
if resets_at == nil or resets_at <= now then
  resets_at = now + window
  redis.call('HSET', KEYS[1], 'hits', 1, 'resets_at', string.format('%.0f', resets_at))
  redis.call('PEXPIRE', KEYS[1], window)
  return {1, resets_at}
end
return {redis.call('HINCRBY', KEYS[1], 'hits', 1), resets_at}
`;

// KEYS[1]: the address's count; ARGV[1]: the end of the window the attempt was counted in. Gives one back in that window only.
const GIVE_BACK = `
local resets_at = tonumber(redis.call('HGET', KEYS[1], 'resets_at'))
if resets_at ~= nil and resets_at == tonumber(ARGV[1]) and tonumber(redis.call('HGET', KEYS[1], 'hits')) > 0 then
  redis.call('HINCRBY', KEYS[1], 'hits', -1)
end
return 0
`;

/** The one thing the counter asks of a Redis client (src/kernel/redis-connection.ts gives it one). */
export interface RedisCommands {
  sendCommand<T = unknown>(args: ReadonlyArray<string>): Promise<T>;
}

export interface RedisCounterOptions {
  keyPrefix: string;
  /** The address's key as stored (attemptDigest). */
  digest(key: string): string;
  /** How long a command may take before the attempt is refused as uncountable: a Redis that hangs must not hang sign-ins. */
  timeoutMs: number;
}

class CommandDeadlineError extends Error {
  constructor(timeoutMs: number) {
    super(`Redis did not answer within ${timeoutMs} ms`);
    this.name = 'CommandDeadlineError';
  }
}

/** Errors of a Redis that cannot be reached, or answers too slowly, or cannot serve writes for now. */
const CONNECTION_ERRORS = [
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  DisconnectsClientError,
  ReconnectStrategyError,
  SocketClosedUnexpectedlyError,
  SocketTimeoutError,
  TimeoutError,
  CommandDeadlineError,
];

function isUnavailable(error: unknown): boolean {
  if (error instanceof ErrorReply) return isTransientRedisReply(error.message);
  return CONNECTION_ERRORS.some((type) => error instanceof type);
}

/** Runs one command within the deadline; a Redis that is not there is a CountUnavailableError, anything else is thrown as it is. */
async function withinDeadline<T>(command: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new CommandDeadlineError(timeoutMs)), timeoutMs)));
  try {
    return await Promise.race([command(), deadline]);
  } catch (error) {
    if (isUnavailable(error)) throw new CountUnavailableError(error instanceof Error ? error.message : String(error), { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export function redisAttemptCounter(redis: RedisCommands, { keyPrefix, digest, timeoutMs }: RedisCounterOptions): AttemptCounter {
  const keyOf = (key: string) => redisAttemptKey(keyPrefix, digest(key));
  return {
    async attempt(key: string, rule: LimitRule, now: number): Promise<AttemptCount> {
      const args = ['EVAL', ATTEMPT, '1', keyOf(key), String(now), String(rule.windowMs)];
      return countFromReply(await withinDeadline(() => redis.sendCommand(args), timeoutMs));
    },

    async giveBack(key: string, counted: AttemptCount): Promise<void> {
      const args = ['EVAL', GIVE_BACK, '1', keyOf(key), String(counted.resetsAt)];
      await withinDeadline(() => redis.sendCommand(args), timeoutMs);
    },
  };
}
