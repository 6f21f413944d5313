import { afterAttempt, afterSuccess, SIGN_IN_LIMIT, type AttemptCount } from '#domain/sign-in-limit';
import { redisAttemptCounter } from '#kernel/redis-attempts';
import { connectTestRedis, describeWithRedis, REDIS_TEST_URL, testKeyPrefix, type TestRedis } from '../../helpers/redis';

// The Lua scripts the Redis counter runs (src/kernel/redis-attempts.ts), against the rule they write down
// (src/domain/sign-in-limit.ts) on a real Redis, at times of the test's choosing. Through HTTP: sign-in-redis.suite.ts.

const range = (count: number) => Array.from({ length: count }, (_, n) => n);

describeWithRedis('The Redis counter, held to the sign-in rule', () => {
  const prefix = testKeyPrefix();
  const MINUTE = 60 * 1000;
  let redis: TestRedis;
  let counter: ReturnType<typeof redisAttemptCounter>;

  beforeAll(async () => {
    redis = await connectTestRedis(REDIS_TEST_URL);
    counter = redisAttemptCounter({ sendCommand: (args) => redis.command([...args]) }, { keyPrefix: prefix, digest: (key) => key, timeoutMs: 2000 });
  });

  afterAll(async () => {
    await redis.forget(prefix);
    redis.close();
  });

  it('counts as afterAttempt does: five in a window, the window from the first attempt, a new one once it ended', async () => {
    const start = Date.now();
    const times = [0, 1, 2, 3, 4, 4 * MINUTE, 5 * MINUTE - 1, 5 * MINUTE, 5 * MINUTE + 1, 10 * MINUTE + 5].map((offset) => start + offset);
    let expected: AttemptCount | undefined;
    for (const now of times) {
      expected = afterAttempt(expected, SIGN_IN_LIMIT, now);
      expect(await counter.attempt('rule', SIGN_IN_LIMIT, now)).toEqual(expected);
    }
  });

  it('gives a count back as afterSuccess does: in the window it was counted in, never below none, and not in a later one', async () => {
    const start = Date.now();
    const counted = await counter.attempt('give-back', SIGN_IN_LIMIT, start);
    await counter.attempt('give-back', SIGN_IN_LIMIT, start + 1);
    await counter.giveBack('give-back', counted);
    expect(await counter.attempt('give-back', SIGN_IN_LIMIT, start + 2)).toEqual(
      afterAttempt(afterSuccess({ hits: 2, resetsAt: counted.resetsAt }, counted), SIGN_IN_LIMIT, start + 2),
    );
    for (let n = 0; n < 4; n += 1) await counter.giveBack('give-back', counted);
    expect(await redis.command(['HGET', `${prefix}sign-in-attempts:give-back`, 'hits'])).toBe('0');
    const later = await counter.attempt('give-back', SIGN_IN_LIMIT, start + 6 * MINUTE);
    await counter.giveBack('give-back', counted);
    expect(await counter.attempt('give-back', SIGN_IN_LIMIT, start + 6 * MINUTE + 1)).toEqual({ hits: 2, resetsAt: later.resetsAt });
  });

  it('counts 50 attempts sent at once one after the other: each is answered a count of its own', async () => {
    const now = Date.now();
    const counts = await Promise.all(range(50).map(() => counter.attempt('parallel', SIGN_IN_LIMIT, now)));
    expect(counts.map((count) => count.hits).sort((a, b) => a - b)).toEqual(range(50).map((n) => n + 1));
    expect(new Set(counts.map((count) => count.resetsAt))).toEqual(new Set([now + SIGN_IN_LIMIT.windowMs]));
  });
});
