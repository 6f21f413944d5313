import request, { type Response } from 'supertest';
import { env } from '@strapi/utils';
import serverConfig from '../../../config/server';
import { createAdminUser, http } from '../../helpers/http';
import { startSecondInstance, type SecondInstance } from '../../helpers/second-instance-process';
import { forgetAttempts, inTurn, limitsOff, limitsOn, someone, statuses, WRONG_PASSWORD } from '../../helpers/sign-in';
import { strapiInstance } from '../../helpers/strapi';

// SECURITY.md: five failed sign-ins per address per five minutes, on /api/auth/local and /admin/login together, whatever
// account they name; a successful sign-in does not count; counted in the database, so every instance on it shares the
// count. The test run has one address (loopback) unless a trusted proxy names others.

type Attempt = { forwardedFor?: string };

const adminLogin = (email: string, password = WRONG_PASSWORD, { forwardedFor }: Attempt = {}) => {
  const test = http().post('/admin/login');
  if (forwardedFor) test.set('X-Forwarded-For', forwardedFor);
  return test.send({ email, password });
};

const readerLogin = (identifier: string, password = WRONG_PASSWORD, { forwardedFor }: Attempt = {}) => {
  const test = http().post('/api/auth/local');
  if (forwardedFor) test.set('X-Forwarded-For', forwardedFor);
  return test.send({ identifier, password });
};

const range = (count: number) => Array.from({ length: count }, (_, n) => n);
const FIVE_REFUSED_THEN_LIMITED = (total: number) => [...Array(5).fill(400), ...Array(total - 5).fill(429)];

function expectLimited(response: Response): void {
  expect(response.status).toBe(429);
  expect(response.body).toMatchObject({ data: null, error: { status: 429, name: 'RateLimitError' } });
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(300);
}

describe('Sign-in limits: one address', () => {
  beforeAll(limitsOn);
  afterAll(limitsOff);
  beforeEach(forgetAttempts);

  it('limits /admin/login per address across accounts: of 30 different e-mails, only the first five are checked', async () => {
    const responses = await inTurn(range(30).map((n) => () => adminLogin(someone('admin-spray', n))));
    expect(statuses(responses)).toEqual(FIVE_REFUSED_THEN_LIMITED(30));
    expectLimited(responses[29]);
  });

  it('limits /api/auth/local per address across accounts: of 30 different identifiers, only the first five are checked', async () => {
    const responses = await inTurn(range(30).map((n) => () => readerLogin(someone('reader-spray', n))));
    expect(statuses(responses)).toEqual(FIVE_REFUSED_THEN_LIMITED(30));
    expectLimited(responses[29]);
  });

  it('counts /admin/login and /api/auth/local together', async () => {
    const responses = await inTurn([
      ...range(3).map((n) => () => adminLogin(someone('both-admin', n))),
      ...range(3).map((n) => () => readerLogin(someone('both-reader', n))),
      () => adminLogin(someone('both-admin', 'last')),
    ]);
    expect(statuses(responses)).toEqual([400, 400, 400, 400, 400, 429, 429]);
  });

  it('answers the sixth attempt on one account with 429, Retry-After and Strapi error shape, whatever address or spelling it claims', async () => {
    const victim = someone('victim');
    const responses = await inTurn([
      ...range(5).map(() => () => adminLogin(victim)),
      () => adminLogin(victim),
      () => adminLogin(victim, WRONG_PASSWORD, { forwardedFor: '203.0.113.9' }),
      () => adminLogin(victim.toUpperCase()),
      () => readerLogin(victim),
    ]);
    expect(statuses(responses)).toEqual(FIVE_REFUSED_THEN_LIMITED(9));
    for (const response of responses.slice(5)) expectLimited(response);
  });

  it('does not count a successful sign-in, and refuses even the right password once the limit is reached', async () => {
    const editor = await createAdminUser('provenance-reporter');
    // An office behind one address signs in all morning.
    expect(statuses(await inTurn(range(8).map(() => () => adminLogin(editor.email, editor.password))))).toEqual(Array(8).fill(200));
    const guesses = await inTurn(range(5).map((n) => () => adminLogin(someone('guess', n))));
    expect(statuses(guesses)).toEqual(Array(5).fill(400));
    const right = await adminLogin(editor.email, editor.password);
    expectLimited(right);
    expect(JSON.stringify(right.body)).not.toContain('token');
  });

  it('limits every spelling of the two paths the router takes for them', async () => {
    await inTurn(range(5).map((n) => () => adminLogin(someone('spelling', n))));
    const send = (path: string, body: object) => http().post(path).send(body);
    const responses = await Promise.all([
      send('/admin/login/', { email: someone('spelling', 'a'), password: WRONG_PASSWORD }),
      send('/ADMIN/Login', { email: someone('spelling', 'b'), password: WRONG_PASSWORD }),
      send('/api/auth/local/', { identifier: someone('spelling', 'c'), password: WRONG_PASSWORD }),
      send('/API/AUTH/LOCAL', { identifier: someone('spelling', 'd'), password: WRONG_PASSWORD }),
      send('/api/auth/local?x=1', { identifier: someone('spelling', 'e'), password: WRONG_PASSWORD }),
    ]);
    // Strapi's router takes each of them for a sign-in route (it ignores case and a trailing slash): each is counted.
    expect(statuses(responses)).toEqual([429, 429, 429, 429, 429]);
  });

  it('counts attempts sent at once exactly: of 20 in parallel, five are checked', async () => {
    const responses = await Promise.all(range(20).map((n) => adminLogin(someone('parallel', n))));
    expect(statuses(responses).filter((status) => status === 400)).toHaveLength(5);
    expect(statuses(responses).filter((status) => status === 429)).toHaveLength(15);
  });
});

describe('Sign-in limits behind a trusted proxy (IS_PROXIED=true)', () => {
  let savedProxy: { proxy: boolean; maxIpsCount: number };

  // The koa settings config/server.ts gives the server when IS_PROXIED=true, applied to the running server.
  beforeAll(() => {
    limitsOn();
    const app = strapiInstance().server.app;
    savedProxy = { proxy: app.proxy, maxIpsCount: app.maxIpsCount };
    const before = process.env.IS_PROXIED;
    process.env.IS_PROXIED = 'true';
    const { proxy } = serverConfig({ env } as never) as { proxy?: { koa?: boolean; maxIpsCount?: number } };
    if (before === undefined) delete process.env.IS_PROXIED;
    else process.env.IS_PROXIED = before;
    app.proxy = proxy?.koa ?? false;
    app.maxIpsCount = proxy?.maxIpsCount ?? 0;
  });

  afterAll(() => {
    Object.assign(strapiInstance().server.app, savedProxy);
    limitsOff();
  });

  beforeEach(forgetAttempts);

  it('counts each client the proxy names on its own; a client cannot choose its address by writing X-Forwarded-For itself', async () => {
    // Documentation addresses (RFC 5737, RFC 3849).
    const client = '203.0.113.10';
    const neighbour = '198.51.100.10';
    const responses = await inTurn([
      ...range(5).map((n) => () => readerLogin(someone('proxied', n), WRONG_PASSWORD, { forwardedFor: client })),
      // The client's own X-Forwarded-For comes first; the proxy appends the address it saw.
      () => readerLogin(someone('proxied', 'spoof'), WRONG_PASSWORD, { forwardedFor: `192.0.2.77, ${client}` }),
      () => adminLogin(someone('proxied', 'admin'), WRONG_PASSWORD, { forwardedFor: client }),
      () => readerLogin(someone('proxied', 'neighbour'), WRONG_PASSWORD, { forwardedFor: neighbour }),
    ]);
    expect(statuses(responses)).toEqual([400, 400, 400, 400, 400, 429, 429, 400]);
  });

  it('counts an IPv6 client by its /64 network, the block one subscriber holds', async () => {
    const network = '2001:db8:aa:1';
    const responses = await inTurn([
      ...range(5).map((n) => () => adminLogin(someone('v6', n), WRONG_PASSWORD, { forwardedFor: `${network}::${n + 1}` })),
      () => adminLogin(someone('v6', 'same-64'), WRONG_PASSWORD, { forwardedFor: `${network}:ffff:ffff:ffff:fffe` }),
      () => adminLogin(someone('v6', 'other-64'), WRONG_PASSWORD, { forwardedFor: '2001:db8:aa:2::1' }),
    ]);
    expect(statuses(responses)).toEqual([400, 400, 400, 400, 400, 429, 400]);
  });
});

// Several instances share a count only through a shared database: PostgreSQL. An SQLite file belongs to one process.
if (process.env.DATABASE_CLIENT === 'postgres') {
  describe('Sign-in limits: two instances on one PostgreSQL database', () => {
    let second: SecondInstance;
    const onSecond = (email: string) => request(second.origin).post('/admin/login').send({ email, password: WRONG_PASSWORD });

    beforeAll(async () => {
      limitsOn();
      second = await startSecondInstance({ ...process.env, AUTH_RATELIMIT_ENABLED: 'true' });
    }, 120000);

    afterAll(async () => {
      await second?.stop();
      limitsOff();
    });

    beforeEach(forgetAttempts);

    it("counts one instance's attempts on the other: three here and two there leave none", async () => {
      const responses = await inTurn([
        ...range(3).map((n) => () => adminLogin(someone('first', n))),
        ...range(2).map((n) => () => onSecond(someone('second', n))),
        () => onSecond(someone('second', 'last')),
        () => adminLogin(someone('first', 'last')),
        () => readerLogin(someone('first', 'reader')),
      ]);
      expect(statuses(responses)).toEqual(FIVE_REFUSED_THEN_LIMITED(8));
      expectLimited(responses[5]);
    });

    it('counts attempts sent at once to both instances exactly: of 24, five are checked', async () => {
      const responses = await Promise.all(range(24).map((n) => (n % 2 === 0 ? adminLogin(someone('both', n)) : onSecond(someone('both', n)))));
      expect(statuses(responses).filter((status) => status === 400)).toHaveLength(5);
      expect(statuses(responses).filter((status) => status === 429)).toHaveLength(19);
    });
  });
}
