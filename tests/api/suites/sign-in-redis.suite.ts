import fs from 'fs';
import os from 'os';
import path from 'path';
import request, { type Response } from 'supertest';
import { SIGN_IN_LIMIT } from '#domain/sign-in-limit';
import { createAdminUser } from '../../helpers/http';
import { connectTestRedis, describeWithRedis, REDIS_TEST_URL, testKeyPrefix, type TestRedis } from '../../helpers/redis';
import { startSecondInstance, type SecondInstance } from '../../helpers/second-instance-process';
import { inTurn, someone, statuses, WRONG_PASSWORD } from '../../helpers/sign-in';
import { strapiInstance } from '../../helpers/strapi';
import { startTcpProxy, type TcpProxy } from '../../helpers/tcp-proxy';

// SECURITY.md: with REDIS_URL set, sign-in attempts are counted in Redis, to the same rule as in the database, so
// instances that share the Redis share each count, whatever database each runs on; while Redis is away, sign-ins are
// answered 503, never let through uncounted. The counter's script against the rule: sign-in-redis-rule.suite.ts.

const range = (count: number) => Array.from({ length: count }, (_, n) => n);
const FIVE_REFUSED_THEN_LIMITED = (total: number) => [...Array(5).fill(400), ...Array(total - 5).fill(429)];
const KEY_DIGEST = /^sign-in-attempts:[0-9a-f]{64}$/;
/** What "quickly" means for an answer while Redis is away: well under the connect and command timeouts (2 s). */
const QUICKLY_MS = 1000;
/** A Redis that stops answering: the command timeout (2 s) and a margin for a busy test machine. */
const HUNG_BOUND_MS = 4000;

describeWithRedis('Sign-in limits counted in Redis: two instances, each on a database of its own, sharing one Redis', () => {
  const prefix = testKeyPrefix();
  const postgres = process.env.DATABASE_CLIENT === 'postgres';
  const scratch: string[] = [];
  let redis: TestRedis;
  let proxy: TcpProxy;
  let hanging: TcpProxy;
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

  const expectUncountable = ({ response, ms }: { response: Response; ms: number }, withinMs = QUICKLY_MS) => {
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body).toMatchObject({ data: null, error: { status: 503, name: 'ServiceUnavailableError' } });
    expect(JSON.stringify(response.body)).not.toContain('token');
    expect(ms).toBeLessThan(withinMs);
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
    const through = (tcp: TcpProxy) => Object.assign(new URL(REDIS_TEST_URL), { host: `127.0.0.1:${tcp.port}` }).toString();
    // Each instance reaches Redis through a proxy: the first's will stop answering for a while, the second's is cut
    // before it boots, so it boots with its Redis unreachable.
    hanging = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    await proxy.cut();
    [first, second] = await Promise.all([startSecondInstance(environment(through(hanging))), startSecondInstance(environment(through(proxy)))]);
  }, 180000);

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await proxy?.close();
    await hanging?.close();
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

  it('answers 503 within the command timeout while Redis stops answering, and counts again once it answers', async () => {
    hanging.freeze();
    try {
      const responses = await Promise.all([timed(() => adminLogin(first, someone('hung'))), timed(() => readerLogin(first, someone('hung-reader')))]);
      for (const response of responses) expectUncountable(response, HUNG_BOUND_MS);
    } finally {
      hanging.thaw();
    }
    expect((await adminLogin(first, someone('thawed'))).status).toBe(400);
    // Redis ran the two it did not answer in time: an attempt refused while it hung may still count, the safe side.
    expect(await redis.command(['HGET', (await redis.keys(prefix))[0], 'hits'])).toBe('3');
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
