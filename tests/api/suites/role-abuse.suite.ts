import { adminSession, apiToken, editor, http, roleIdByCode, unique } from '../../helpers/http';
import { forgetAttempts, limitsOff, limitsOn } from '../../helpers/sign-in';
import { strapiInstance } from '../../helpers/strapi';

const NEWSROOM_ENDPOINTS = ['articles', 'fact-checks', 'sources', 'highlights', 'categories', 'kickers', 'authors'];
const ANY_FIELDS = { title: 'x', name: 'x', label: 'x', url: 'https://x.org', exact: 'x' };

async function registerReader(extra: Record<string, unknown> = {}) {
  const username = unique('reader').replace(/\W+/g, '-');
  const email = `${username}@readers.test`.toLowerCase();
  const response = await http()
    .post('/api/auth/local/register')
    .send({ username, email, password: 'Reader-password-1', ...extra });
  return { response, email };
}

async function anArticle(): Promise<string> {
  const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Target story') } }).expect(201);
  return response.body.data.documentId;
}

describe('Role abuse: readers', () => {
  it.each([
    ['an admin role', { role: 1 }],
    ['a confirmed flag', { confirmed: true }],
    ['a blocked flag', { blocked: false }],
  ])('refuses a registration carrying %s, creating no account', async (_label, extra) => {
    const { response, email } = await registerReader(extra);
    expect(response.status).toBe(400);
    expect(await strapiInstance().db.query('plugin::users-permissions.user').count({ where: { email } })).toBe(0);
  });

  it('gives a plain registration the Authenticated role and nothing more', async () => {
    const { response, email } = await registerReader();
    expect(response.status).toBe(200);
    const user = await strapiInstance()
      .db.query('plugin::users-permissions.user')
      .findOne({ where: { email }, populate: ['role'] });
    expect(user.role.type).toBe('authenticated');
  });

  it.each(NEWSROOM_ENDPOINTS)('refuses a signed-in reader a create, update or delete on /api/%s with 403', async (endpoint) => {
    const { response } = await registerReader();
    const reader = `Bearer ${response.body.jwt}`;
    await http().post(`/api/${endpoint}`).set('Authorization', reader).send({ data: ANY_FIELDS }).expect(403);
    await http().put(`/api/${endpoint}/anydocumentid000000000000`).set('Authorization', reader).send({ data: ANY_FIELDS }).expect(403);
    await http().delete(`/api/${endpoint}/anydocumentid000000000000`).set('Authorization', reader).expect(403);
  });

  it('refuses a signed-in reader a change to their own role', async () => {
    const { response } = await registerReader();
    const reader = `Bearer ${response.body.jwt}`;
    await http().put(`/api/users/${response.body.user.id}`).set('Authorization', reader).send({ role: 1 }).expect(403);
    const user = await strapiInstance()
      .db.query('plugin::users-permissions.user')
      .findOne({ where: { id: response.body.user.id }, populate: ['role'] });
    expect(user.role.type).toBe('authenticated');
  });

  it('refuses Public the admin API and the editorial routes with 401', async () => {
    await http().get('/admin/users').expect(401);
    await http()
      .post(`/editorial/articles/${await anArticle()}/stage`)
      .send({ to: 'approved' })
      .expect(401);
  });
});

describe('Role abuse: read-only API tokens', () => {
  it.each(NEWSROOM_ENDPOINTS)('lets a read-only token list /api/%s but refuses it every write with 403', async (endpoint) => {
    const token = `Bearer ${await apiToken('read-only')}`;
    await http().get(`/api/${endpoint}`).set('Authorization', token).expect(200);
    await http().post(`/api/${endpoint}`).set('Authorization', token).send({ data: ANY_FIELDS }).expect(403);
    await http().put(`/api/${endpoint}/anydocumentid000000000000`).set('Authorization', token).send({ data: ANY_FIELDS }).expect(403);
    await http().delete(`/api/${endpoint}/anydocumentid000000000000`).set('Authorization', token).expect(403);
  });

  it('refuses a read-only token publishing a draft, which stays unpublished', async () => {
    const token = `Bearer ${await apiToken('read-only')}`;
    const documentId = await anArticle();
    await http().put(`/api/articles/${documentId}?status=published`).set('Authorization', token).send({ data: {} }).expect(403);
    expect(
      await strapiInstance()
        .db.query('api::article.article')
        .count({ where: { documentId, publishedAt: { $notNull: true } } }),
    ).toBe(0);
  });

  it('refuses an API token the admin API', async () => {
    const token = `Bearer ${await apiToken('full-access')}`;
    await http().get('/admin/users').set('Authorization', token).expect(401);
    await http().get('/content-manager/collection-types/api::article.article').set('Authorization', token).expect(401);
  });
});

describe('Role abuse: reporters', () => {
  it('refuses a reporter approving a kicker with 403', async () => {
    const { token } = await adminSession('provenance-reporter');
    const kicker = await editor.post('/api/kickers', { data: { label: unique('Proposed series') } }).expect(201);
    await http().put(`/editorial/kickers/${kicker.body.data.documentId}/state`).set('Authorization', `Bearer ${token}`).send({ state: 'approved' }).expect(403);
  });

  it('refuses a reporter moving an article to approved', async () => {
    const { token } = await adminSession('provenance-reporter');
    const documentId = await anArticle();
    await http().post(`/editorial/articles/${documentId}/stage`).set('Authorization', `Bearer ${token}`).send({ to: 'in-review' }).expect(200);
    const response = await http().post(`/editorial/articles/${documentId}/stage`).set('Authorization', `Bearer ${token}`).send({ to: 'approved' });
    expect([400, 403]).toContain(response.status);
  });

  it('refuses a reporter overriding the image policy with 403', async () => {
    const { token } = await adminSession('provenance-reporter');
    const documentId = await anArticle();
    await http().post(`/image-policy/articles/${documentId}/override`).set('Authorization', `Bearer ${token}`).send({ reason: 'I say so.' }).expect(403);
    await http().put('/image-policy/settings').set('Authorization', `Bearer ${token}`).send({}).expect(403);
  });

  it('refuses a reporter changing roles or their own role with 403', async () => {
    const { token } = await adminSession('provenance-reporter');
    const auth = `Bearer ${token}`;
    const superAdmin = await roleIdByCode('strapi-super-admin');
    await http()
      .put(`/admin/roles/${await roleIdByCode('provenance-reporter')}/permissions`)
      .set('Authorization', auth)
      .send({ permissions: [] })
      .expect(403);
    const me = await http().get('/admin/users/me').set('Authorization', auth).expect(200);
    await http()
      .put(`/admin/users/${me.body.data.id}`)
      .set('Authorization', auth)
      .send({ roles: [superAdmin] })
      .expect(403);
    const roles = await http()
      .put('/admin/users/me')
      .set('Authorization', auth)
      .send({ roles: [superAdmin] });
    const after = await strapiInstance()
      .db.query('admin::user')
      .findOne({ where: { id: me.body.data.id }, populate: ['roles'] });
    expect(after.roles.map((role: { code: string }) => role.code)).toEqual(['provenance-reporter']);
    expect(roles.status).toBeLessThan(500);
  });
});

describe('Role abuse: guessing passwords', () => {
  // The test environment turns the limits off so suites can sign in freely; production keeps them on (config/sign-in.ts).
  // More in sign-in-limits.suite.ts.
  beforeAll(limitsOn);
  afterAll(limitsOff);
  beforeEach(forgetAttempts);

  it('stops a sixth sign-in attempt within five minutes with 429, whatever address or account it claims', async () => {
    const identifier = `${unique('victim').replace(/\W+/g, '-')}@readers.test`.toLowerCase();
    const attempt = (account: string, forwardedFor?: string) => {
      const request = http().post('/api/auth/local');
      if (forwardedFor) request.set('X-Forwarded-For', forwardedFor);
      return request.send({ identifier: account, password: 'Wrong-password-1', email: unique('x') });
    };
    for (let tries = 0; tries < 5; tries += 1) expect((await attempt(identifier)).status).toBe(400);
    expect((await attempt(identifier)).status).toBe(429);
    expect((await attempt(identifier, '203.0.113.9')).status).toBe(429);
    expect((await attempt(identifier.toUpperCase())).status).toBe(429);
    expect((await attempt('someone-else@readers.test')).status).toBe(429);
  });
});
