import fs from 'fs';
import os from 'os';
import path from 'path';
import request, { type Response } from 'supertest';
import { createAdminUser, http } from '../../helpers/http';
import { startSecondInstance, type SecondInstance } from '../../helpers/second-instance-process';

// SECURITY.md: the admin API (every route outside /api) answers cross-origin requests only from the admin's own
// configured origins (PUBLIC_URL, ADMIN_URL, ADMIN_CORS_ORIGINS), with credentials; the Content API answers the
// frontends CORS_ORIGINS names (any site by default), never with credentials.

/** A page on another port of the CMS's own host: same site, so the browser sends the admin's refresh cookie along. */
const OTHER_PORT = 'http://127.0.0.1:8080';
const READER_SITE = 'https://reader.example.org';

const ADMIN_ROUTES: Array<[method: 'post' | 'get', path: string]> = [
  ['post', '/admin/access-token'],
  ['post', '/admin/login'],
  ['post', '/admin/logout'],
  ['get', '/admin/users/me'],
  ['get', '/content-manager/collection-types/api::article.article'],
  ['get', '/upload/files'],
  ['post', '/editorial/articles/anydocumentid000000000000/stage'],
];

/** The refresh cookie a sign-in leaves in the browser, as the Cookie header it sends back. */
async function refreshCookie(): Promise<string> {
  const { email, password } = await createAdminUser('provenance-chief-editor');
  const response = await http().post('/admin/login').send({ email, password }).expect(200);
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  expect(cookies.length).toBeGreaterThan(0);
  return cookies.map((cookie) => cookie.split(';')[0]).join('; ');
}

type Server = () => ReturnType<typeof request>;

const preflight = (server: Server, method: string, route: string, origin: string) =>
  server()
    .options(route)
    .set('Origin', origin)
    .set('Access-Control-Request-Method', method.toUpperCase())
    .set('Access-Control-Request-Headers', 'authorization,content-type');

function expectNoCors(response: Response): void {
  expect(response.headers['access-control-allow-origin']).toBeUndefined();
  expect(response.headers['access-control-allow-credentials']).toBeUndefined();
}

function expectCredentialedCors(response: Response, origin: string): void {
  expect(response.headers['access-control-allow-origin']).toBe(origin);
  expect(response.headers['access-control-allow-credentials']).toBe('true');
}

function expectCorsWithoutCredentials(response: Response, origin: string): void {
  expect(response.headers['access-control-allow-origin']).toBe(origin);
  expect(response.headers['access-control-allow-credentials']).toBeUndefined();
}

describe('Admin CORS: a page on another origin', () => {
  it('cannot read an access token from POST /admin/access-token, though the browser sends the refresh cookie', async () => {
    const cookie = await refreshCookie();
    const response = await http().post('/admin/access-token').set('Origin', OTHER_PORT).set('Cookie', cookie).send({});
    expectNoCors(response);
    const preflighted = await preflight(http, 'post', '/admin/access-token', OTHER_PORT);
    expectNoCors(preflighted);
  });

  it('gets no CORS answer from /admin/login, credentials or not', async () => {
    const { email, password } = await createAdminUser('provenance-reporter');
    expectNoCors(await http().post('/admin/login').set('Origin', OTHER_PORT).send({ email, password }));
    expectNoCors(await http().post('/admin/login').set('Origin', READER_SITE).send({ email, password: 'Wrong-password-1' }));
  });

  it.each(ADMIN_ROUTES)('gets no CORS answer, preflight or not, from %s %s', async (method, route) => {
    for (const origin of [OTHER_PORT, READER_SITE, 'null']) {
      expectNoCors(await http()[method](route).set('Origin', origin));
      expectNoCors(await preflight(http, method, route, origin));
    }
  });

  it('is still answered by the Content API, which any site may read by default, without credentials', async () => {
    expectCorsWithoutCredentials(await http().get('/api/articles').set('Origin', READER_SITE).expect(200), READER_SITE);
    expectCorsWithoutCredentials(await http().get('/api/articles').set('Origin', OTHER_PORT).expect(200), OTHER_PORT);
    const preflighted = await preflight(http, 'get', '/api/articles', READER_SITE);
    expectCorsWithoutCredentials(preflighted, READER_SITE);
    // A reader's sign-in is a Content API route too: its answer carries no cookie to read.
    expectCorsWithoutCredentials(await http().post('/api/auth/local').set('Origin', READER_SITE).send({ identifier: 'x', password: 'y' }), READER_SITE);
  });
});

describe('Admin CORS: the configured origins', () => {
  // A CMS started with the origins set, as an operator would set them (.env.example); on its own scratch SQLite file, or
  // on the test run's PostgreSQL database.
  const CMS = 'https://cms.provenance.test';
  const ADMIN_HOST = 'https://admin.provenance.test';
  const ADMIN_DEV = 'http://localhost:5173';
  const FRONTEND = 'https://www.the-adriatic.test';
  let second: SecondInstance;
  let scratch: string | undefined;
  const onSecond = () => request(second.origin);

  beforeAll(async () => {
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      PUBLIC_URL: CMS,
      ADMIN_URL: `${ADMIN_HOST}/admin`,
      ADMIN_CORS_ORIGINS: `${ADMIN_DEV}/`,
      CORS_ORIGINS: `${FRONTEND}, ${READER_SITE}`,
    };
    if (environment.DATABASE_CLIENT !== 'postgres') {
      scratch = path.join(os.tmpdir(), `provenance-cors-${process.pid}-${Date.now()}.db`);
      environment.DATABASE_FILENAME = scratch;
    }
    second = await startSecondInstance(environment);
  }, 180000);

  afterAll(async () => {
    await second?.stop();
    if (scratch) for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${scratch}${suffix}`, { force: true });
  });

  it('answers PUBLIC_URL, ADMIN_URL and ADMIN_CORS_ORIGINS on the admin API, with credentials', async () => {
    for (const origin of [CMS, ADMIN_HOST, ADMIN_DEV]) {
      expectCredentialedCors(await onSecond().post('/admin/access-token').set('Origin', origin).send({}), origin);
      expectCredentialedCors(await preflight(onSecond, 'post', '/admin/access-token', origin), origin);
      expectCredentialedCors(await onSecond().post('/admin/login').set('Origin', origin).send({ email: 'nobody@nowhere.test', password: 'x' }), origin);
    }
  });

  it('answers no other origin on the admin API, not even a frontend the Content API serves', async () => {
    for (const origin of [OTHER_PORT, FRONTEND, 'http://cms.provenance.test', 'https://admin.provenance.test.evil.example']) {
      expectNoCors(await onSecond().post('/admin/access-token').set('Origin', origin).send({}));
      expectNoCors(await preflight(onSecond, 'post', '/admin/access-token', origin));
    }
  });

  it('answers only the CORS_ORIGINS frontends on the Content API, without credentials', async () => {
    for (const origin of [FRONTEND, READER_SITE]) {
      expectCorsWithoutCredentials(await onSecond().get('/api/articles').set('Origin', origin).expect(200), origin);
      expectCorsWithoutCredentials(await preflight(onSecond, 'get', '/api/articles', origin), origin);
    }
    for (const origin of [OTHER_PORT, ADMIN_DEV]) {
      expectNoCors(await onSecond().get('/api/articles').set('Origin', origin).expect(200));
      expectNoCors(await preflight(onSecond, 'get', '/api/articles', origin));
    }
  });
});
