import fs from 'fs';
import os from 'os';
import path from 'path';
import request, { type Response } from 'supertest';
import { afterAttempt, afterSuccess, SIGN_IN_LIMIT, type AttemptCount } from '#domain/sign-in-limit';
import { redisAttemptCounter } from '#kernel/redis-attempts';
import { createAdminUser } from '../../helpers/http';
import { connectTestRedis, REDIS_TEST_URL, redisAnswers, testKeyPrefix, type TestRedis } from '../../helpers/redis';
import { startSecondInstance, type SecondInstance } from '../../helpers/second-instance-process';
import { inTurn, someone, statuses, WRONG_PASSWORD } from '../../helpers/sign-in';
import { strapiInstance } from '../../helpers/strapi';
import { startTcpProxy, type TcpProxy } from '../../helpers/tcp-proxy';

// SECURITY.md: with REDIS_URL set, sign-in attempts are counted in Redis, to the same rule as in the database, so
// instances that share the Redis share each count, whatever database each runs on. Without Redis (outside CI) these
// suites are skipped, and the run's summary says so; CI has Redis and runs them.
const withRedis = redisAnswers(REDIS_TEST_URL) || process.env.CI ? describe : describe.skip;

const range = (count: number) => Array.from({ length: count }, (_, n) => n);
const FIVE_REFUSED_THEN_LIMITED = (total: number) => [...Array(5).fill(400), ...Array(total - 5).fill(429)];
const KEY_DIGEST = /^sign-in-attempts:[0-9a-f]{64}$/;
/** What "quickly" means for an answer while Redis is away: well under the connect and command timeouts (2 s). */
const QUICKLY_MS = 1000;

withRedis('Sign-in limits counted in Redis: two instances, each on a database of its own, sharing one Redis', () => {
  const prefix = testKeyPrefix();
  const postgres = process.env.DATABASE_CLIENT === 'postgres';
  const scratch: string[] = [];
  let redis: TestRedis;
  let proxy: TcpProxy;
  let first: SecondInstance;
  let second: SecondInstance;

  // On SQLite each instance has a file of its own, so only Redis can carry a count between them; on PostgreSQL both use
  // the test run's database, and the count must still be Redis's (its table stays empty for them).
  const environment = (redisUrl: string): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...process.env, AUTH_RATELIMIT_ENABLED: 'true', REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix };
    if (!postgres) {
      const file = path.join(os.tmpdir(), `provenance-redis-${process.pid}-${scratch.length}-${Date.now()}.db`);
      scratch.push(file);
      env.DATABASE_FILENAME = file;
    }
    return env;
  };

  const adminLogin = (instance: SecondInstance, email: string, password = WRONG_PASSWORD) =>
    request(instance.origin).post('/admin/login').send({ email, password });
  const readerLogin = (instance: SecondInstance, identifier: string) =>
    request(instance.origin).post('/api/auth/local').send({ identifier, password: WRONG_PASSWORD });

  const expectLimited = (response: Response) => {
    expect(response.status).toBe(429);
    expect(response.body).toMatchObject({ data: null, error: { status: 429, name: 'RateLimitError' } });
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(300);
  };

  /** Sends the sign-in and answers it with how long it took. */
  const timed = async (send: () => Promise<Response>) => {
    const started = Date.now();
    const response = await send();
    return { response, ms: Date.now() - started };
  };

  const expectUncountable = ({ response, ms }: { response: Response; ms: number }) => {
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body).toMatchObject({ data: null, error: { status: 503, name: 'ServiceUnavailableError' } });
    expect(JSON.stringify(response.body)).not.toContain('token');
    expect(ms).toBeLessThan(QUICKLY_MS);
  };

  /** Waits until the instance counts in Redis again (it reconnects on its own, backing off up to 2 s). */
  const countsAgain = async (instance: SecondInstance) => {
    for (const started = Date.now(); Date.now() - started < 15000;) {
      if ((await adminLogin(instance, someone('reconnect'))).status !== 503) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('The instance did not count in Redis again within 15 s.');
  };

  beforeAll(async () => {
    redis = await connectTestRedis(REDIS_TEST_URL);
    const target = new URL(REDIS_TEST_URL);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    // The second instance reaches Redis through a proxy that is cut: it boots with its Redis unreachable.
    await proxy.cut();
    const proxied = new URL(REDIS_TEST_URL);
    proxied.host = `127.0.0.1:${proxy.port}`;
    [first, second] = await Promise.all([startSecondInstance(environment(REDIS_TEST_URL)), startSecondInstance(environment(proxied.toString()))]);
  }, 180000);

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await proxy?.close();
    if (redis) {
      await redis.forget(prefix);
      expect(await redis.keys(prefix)).toEqual([]);
      redis.close();
    }
    for (const file of scratch) for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
  });

  beforeEach(async () => redis.forget(prefix));

  it('boots with Redis unreachable, serves reads, and answers every sign-in 503 with Retry-After at once, counting nothing', async () => {
    await request(second.origin).get('/api/articles').expect(200);
    expectUncountable(await timed(() => adminLogin(second, someone('away-admin'))));
    expectUncountable(await timed(() => readerLogin(second, someone('away-reader'))));
    for (const response of await Promise.all(range(6).map((n) => timed(() => adminLogin(second, someone('away-many', n)))))) expectUncountable(response);
    expect(await redis.keys(prefix)).toEqual([]);
  });

  it('counts on the other instance meanwhile, in Redis under REDIS_KEY_PREFIX, by a digest rather than the address', async () => {
    const tableBefore = await tableRows();
    const responses = await inTurn(range(6).map((n) => () => adminLogin(first, someone('one', n))));
    expect(statuses(responses)).toEqual(FIVE_REFUSED_THEN_LIMITED(6));
    expectLimited(responses[5]);
    const keys = await redis.keys(prefix);
    expect(keys).toHaveLength(1);
    expect(keys[0].slice(prefix.length)).toMatch(KEY_DIGEST);
    expect(await redis.command(['HGET', keys[0], 'hits'])).toBe('6');
    // The key goes with its window: nothing to sweep.
    const ttl = Number(await redis.command(['PTTL', keys[0]]));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(SIGN_IN_LIMIT.windowMs);
    expect(await tableRows()).toEqual(tableBefore);
  });

  it("counts one instance's attempts on the other once Redis is back: three here and two there leave none", async () => {
    await proxy.restore();
    await countsAgain(second);
    await redis.forget(prefix);
    const responses = await inTurn([
      ...range(3).map((n) => () => adminLogin(first, someone('first', n))),
      ...range(2).map((n) => () => readerLogin(second, someone('second', n))),
      () => adminLogin(second, someone('second', 'last')),
      () => readerLogin(first, someone('first', 'last')),
    ]);
    expect(statuses(responses)).toEqual(FIVE_REFUSED_THEN_LIMITED(7));
    expectLimited(responses[5]);
    expectLimited(responses[6]);
  });

  it('counts attempts sent at once to both instances exactly: of 24, five are checked', async () => {
    const responses = await Promise.all(range(24).map((n) => adminLogin(n % 2 === 0 ? first : second, someone('both', n))));
    expect(statuses(responses).filter((status) => status === 400)).toHaveLength(5);
    expect(statuses(responses).filter((status) => status === 429)).toHaveLength(19);
  });

  it('does not count successful sign-ins on either instance, and refuses even the right password once the limit is reached', async () => {
    const account = await anAdminOnBoth();
    const signIns = await inTurn(range(8).map((n) => () => adminLogin(n % 2 === 0 ? first : second, account.email, account.password)));
    expect(statuses(signIns)).toEqual(Array(8).fill(200));
    expect(statuses(await inTurn(range(5).map((n) => () => adminLogin(second, someone('guess', n)))))).toEqual(Array(5).fill(400));
    const right = await adminLogin(first, account.email, account.password);
    expectLimited(right);
    expect(JSON.stringify(right.body)).not.toContain('token');
  });

  it('answers 503 at once on the instance whose Redis goes away, while the other goes on counting', async () => {
    await proxy.cut();
    expectUncountable(await timed(() => adminLogin(second, someone('cut'))));
    expectUncountable(await timed(() => readerLogin(second, someone('cut-reader'))));
    expect(statuses(await inTurn(range(2).map((n) => () => adminLogin(first, someone('still', n)))))).toEqual([400, 400]);
    expect(await redis.command(['HGET', (await redis.keys(prefix))[0], 'hits'])).toBe('2');
  });

  /** An admin account both instances know: made on the shared PostgreSQL database, or registered on each one's own file. */
  async function anAdminOnBoth(): Promise<{ email: string; password: string }> {
    if (postgres) return createAdminUser('provenance-reporter');
    const account = { email: someone('redis-admin'), password: 'Correct-horse-battery-9' };
    for (const instance of [first, second]) {
      await request(instance.origin)
        .post('/admin/register-admin')
        .send({ firstname: 'Redis', lastname: 'Test', ...account })
        .expect(200);
    }
    return account;
  }
});

/** The test run's database's own counts table (shared on PostgreSQL), which instances counting in Redis leave alone. */
async function tableRows(): Promise<unknown[]> {
  const knex = strapiInstance().db.connection;
  if (!(await knex.schema.hasTable('provenance_sign_in_attempts'))) return [];
  return knex('provenance_sign_in_attempts').select('attempt_key', 'hits', 'resets_at').orderBy('attempt_key');
}

withRedis('The Redis counter, held to the sign-in rule', () => {
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
