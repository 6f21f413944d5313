import { chiefEditorToken, publishArticle } from '../../helpers/editorial';
import { editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const articles = (): Promise<number> => strapiInstance().db.query('api::article.article').count();
const rawPost = (body: string) => editor.post('/api/articles?status=draft', body).set('Content-Type', 'application/json');

describe('Bad queries: private fields are no oracle', () => {
  // Each pair guesses two different secrets; if either answer differed from the other, the filter would leak them.
  it.each([
    ['an admin password hash', 'filters[updatedBy][password][$startsWith]', ['$2', 'zz']],
    ['an admin email', 'filters[createdBy][email][$contains]', ['@', 'no-such-text']],
    ['a reset token', 'filters[createdBy][resetPasswordToken][$null]', ['true', 'false']],
    ['the private editorial stage', 'filters[stage][$eq]', ['approved', 'draft']],
    ['a private field through a relation', 'filters[authors][articles][stage][$eq]', ['approved', 'draft']],
  ])('answers a filter on %s the same 400 whatever the guess', async (_label, key, [first, second]) => {
    const one = await http().get(`/api/articles?${key}=${encodeURIComponent(first)}`);
    const other = await http().get(`/api/articles?${key}=${encodeURIComponent(second)}`);
    expect(one.status).toBe(400);
    expect(other.body).toEqual(one.body);
  });

  it.each(['populate=createdBy', 'populate[updatedBy]=*', 'fields[0]=stage', 'sort=stage', 'populate[authors][populate]=createdBy'])(
    'refuses %s with a 400 rather than showing admin users or private fields',
    async (query) => {
      const response = await http().get(`/api/articles?${query}`);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).not.toMatch(/password|@provenance|"email"/);
    },
  );

  it('shows no admin user and no private field in a populate=* read', async () => {
    await publishArticle({ title: unique('Populated story'), body: 'Body.' });
    const response = await http().get('/api/articles?populate=*').expect(200);
    expect(response.body.data.length).toBeGreaterThan(0);
    expect(JSON.stringify(response.body)).not.toMatch(/"(createdBy|updatedBy|stage|password|email)"/);
  });
});

describe('Bad queries: operator objects where values are expected', () => {
  it.each([
    ['a permalink path', '/api/articles/by-permalink?path[$gt]=a', 'path'],
    ['a list page', '/api/categories/any/articles?page[$gt]=1', 'page'],
    ['a list page size', '/api/kickers/any/articles?pageSize[$ne]=1', 'pageSize'],
    ['a status', '/api/articles?status[$ne]=draft', 'status'],
  ])('answers an operator object as %s with a 400 naming it', async (_label, path, field) => {
    const response = await http().get(path).expect(400);
    expect(JSON.stringify(response.body.error)).toContain(field);
  });

  it('answers a login with operator objects for credentials with a 400', async () => {
    const response = await http()
      .post('/api/auth/local')
      .send({ identifier: { $gt: '' }, password: { $gt: '' } })
      .expect(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toEqual(['identifier', 'password']);
  });

  it('answers an operator object as a stage with a 400, leaving the stage as it was', async () => {
    const draft = await editor.post('/api/articles?status=draft', { data: { title: unique('Stage probe') } }).expect(201);
    const { documentId } = draft.body.data;
    const token = await chiefEditorToken();
    await http()
      .post(`/editorial/articles/${documentId}/stage`)
      .set('Authorization', `Bearer ${token}`)
      .send({ to: { $ne: 'x' } })
      .expect(400);
    const stage = await http().get(`/editorial/articles/${documentId}/stage`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(JSON.stringify(stage.body)).toContain('draft');
  });

  it.each([
    ['a category that does not exist', { category: { connect: ['nosuchcategory0000000000'] } }],
    ['a kicker that does not exist', { kicker: 'nosuchkicker000000000000' }],
    ['a category id that does not exist', { category: 99999999 }],
    ['an author that does not exist', { authors: ['nosuchauthor000000000000'] }],
  ])('refuses %s with a 400, storing nothing', async (_label, relation) => {
    const before = await articles();
    const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Orphan'), ...relation } }).expect(400);
    expect(response.body.error.message).toMatch(/not found|do not exist/);
    expect(await articles()).toBe(before);
  });
});

describe('Bad queries: size and depth', () => {
  it('answers a 3 MB body with a 413, storing nothing', async () => {
    const before = await articles();
    const response = await editor.post('/api/articles', { data: { title: unique('Huge'), body: 'x'.repeat(3 * 1024 * 1024) } });
    expect(response.status).toBe(413);
    expect(await articles()).toBe(before);
  });

  it.each([
    ['arrays nested 100,000 deep', `${'['.repeat(100000)}1${']'.repeat(100000)}`],
    ['objects nested 5,000 deep', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
  ])('answers %s with a 400, and keeps serving', async (_label, nested) => {
    const before = await articles();
    const response = await rawPost(`{"data":{"title":"${unique('Deep')}","presentation":${nested}}}`).expect(400);
    expect(response.body.error.message).toMatch(/nests deeper than/);
    expect(await articles()).toBe(before);
    await http().get('/api/articles').expect(200);
  });

  it('answers filters nested 200 deep with a 400', async () => {
    await http()
      .get(`/api/articles?filters${'[$and][0]'.repeat(200)}[title][$eq]=x`)
      .expect(400);
  });

  it.each(['pagination[pageSize]=100000', 'pagination[limit]=100000', 'pagination[limit]=-1'])('caps %s at 100 items', async (query) => {
    const response = await http().get(`/api/articles?${query}`).expect(200);
    const { pagination } = response.body.meta;
    expect(response.body.data.length).toBeLessThanOrEqual(100);
    expect(pagination.pageSize ?? pagination.limit).toBeLessThanOrEqual(100);
  });

  it('refuses a delivery page size over 50 with a 400 naming it', async () => {
    const response = await http().get('/api/categories/any/articles?pageSize=100000').expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['pageSize']);
  });
});

describe('Bad queries: malformed Markdown', () => {
  const malformed = [
    '>'.repeat(20000),
    '['.repeat(20000),
    '*'.repeat(20000) + '_'.repeat(20000),
    '|a|\n|-|\n'.repeat(2000),
    '```\nunclosed fence',
    '<mark class="yellow">unclosed highlight',
    '[link](<https://example.org/ unbalanced',
  ].join('\n\n');

  it('saves, publishes and renders a body of malformed Markdown without error', async () => {
    const published = await publishArticle({ title: unique('Malformed'), body: malformed });
    const response = await http().get(`/api/articles/by-slug/${published.body.data.slug}`).expect(200);
    expect(response.body.data.bodyHtml).toContain('unclosed fence');
  });
});
