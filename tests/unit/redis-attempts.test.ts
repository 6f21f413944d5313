import { ClientOfflineError, ErrorReply } from '@redis/client';
import { SIGN_IN_LIMIT } from '#domain/sign-in-limit';
import { redisAttemptCounter, type RedisCommands } from '#kernel/redis-attempts';
import { CountUnavailableError } from '#kernel/sign-in-attempts';

const options = { keyPrefix: 'newsroom:', digest: (key: string) => `digest(${key})`, timeoutMs: 50 };

/** A Redis client that answers every command with `answer` and remembers what it was sent. */
function fakeRedis(answer: () => Promise<unknown>): RedisCommands & { sent: string[][] } {
  const sent: string[][] = [];
  return {
    sent,
    sendCommand: <T>(args: ReadonlyArray<string>) => {
      sent.push([...args]);
      return answer() as Promise<T>;
    },
  };
}

describe('the Redis counter', () => {
  it('counts with one script under the prefix and the digest, never the address itself', async () => {
    const redis = fakeRedis(async () => [1, 1300]);
    const count = await redisAttemptCounter(redis, options).attempt('sign-in:203.0.113.9', SIGN_IN_LIMIT, 1000);
    expect(count).toEqual({ hits: 1, resetsAt: 1300 });
    expect(redis.sent).toHaveLength(1);
    const [command, , keys, key, now, window] = redis.sent[0];
    expect([command, keys, key, now, window]).toEqual([
      'EVAL',
      '1',
      'newsroom:sign-in-attempts:digest(sign-in:203.0.113.9)',
      '1000',
      String(SIGN_IN_LIMIT.windowMs),
    ]);
  });

  it('gives a count back naming the window it was counted in', async () => {
    const redis = fakeRedis(async () => 0);
    await redisAttemptCounter(redis, options).giveBack('sign-in:203.0.113.9', { hits: 2, resetsAt: 1300 });
    expect(redis.sent[0].slice(2)).toEqual(['1', 'newsroom:sign-in-attempts:digest(sign-in:203.0.113.9)', '1300']);
  });

  it.each([
    ['an offline client', () => Promise.reject(new ClientOfflineError())],
    ['a Redis loading its data', () => Promise.reject(new ErrorReply('LOADING Redis is loading the dataset in memory'))],
    ['a replica that cannot be written to', () => Promise.reject(new ErrorReply("READONLY You can't write against a read only replica."))],
  ])('says the count cannot be taken for %s', async (_case, answer) => {
    const counter = redisAttemptCounter(fakeRedis(answer), options);
    await expect(counter.attempt('k', SIGN_IN_LIMIT, 0)).rejects.toBeInstanceOf(CountUnavailableError);
    await expect(counter.giveBack('k', { hits: 1, resetsAt: 1 })).rejects.toBeInstanceOf(CountUnavailableError);
  });

  it('says the count cannot be taken when Redis does not answer in time, rather than waiting for it', async () => {
    const counter = redisAttemptCounter(
      fakeRedis(() => new Promise(() => undefined)),
      options,
    );
    const started = Date.now();
    await expect(counter.attempt('k', SIGN_IN_LIMIT, 0)).rejects.toThrow(/did not answer within 50 ms/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('lets a fault of ours through as it is, not as an outage', async () => {
    const fault = new ErrorReply('WRONGTYPE Operation against a key holding the wrong kind of value');
    const counter = redisAttemptCounter(
      fakeRedis(() => Promise.reject(fault)),
      options,
    );
    await expect(counter.attempt('k', SIGN_IN_LIMIT, 0)).rejects.toBe(fault);
  });

  it('refuses an answer that is not a count', async () => {
    await expect(
      redisAttemptCounter(
        fakeRedis(async () => 'OK'),
        options,
      ).attempt('k', SIGN_IN_LIMIT, 0),
    ).rejects.toThrow(/answered "OK"/);
  });
});
