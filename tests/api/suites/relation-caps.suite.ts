import type { Response } from 'supertest';
import { adminSession, editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const ARTICLE = 'api::article.article';
const AUTHOR = 'api::author.author';
const CM = `/content-manager/collection-types/${ARTICLE}`;

type Shape = (documentIds: string[]) => unknown;

/** Drafts made straight in the database: the suite needs hundreds of them, and what they are is not under test. */
async function insertDrafts(uid: string, rows: Array<Record<string, unknown>>): Promise<string[]> {
  const documentIds = rows.map((row) => String(row.documentId));
  const query = strapiInstance().db.query(uid);
  await query.createMany({ data: rows });
  // The database layer stamps publishedAt on every new row of a draft & publish type; readers must never see these.
  await query.updateMany({ where: { documentId: { $in: documentIds } }, data: { publishedAt: null } });
  return documentIds;
}

/** Authors (no drafts), likewise. */
async function authors(count: number): Promise<string[]> {
  const tag = unique('caps').replace(/\W+/g, '');
  const rows = Array.from({ length: count }, (_, index) => ({
    documentId: `${tag}a${index}`,
    name: `Byline ${tag} ${index}`,
    slug: `byline-${tag}-${index}`.toLowerCase(),
    publishedAt: new Date(),
  }));
  await strapiInstance().db.query(AUTHOR).createMany({ data: rows });
  return rows.map((row) => row.documentId);
}

async function draftSources(count: number): Promise<string[]> {
  const tag = unique('cited').replace(/\W+/g, '');
  const rows = Array.from({ length: count }, (_, index) => ({
    documentId: `${tag}s${index}`,
    title: `Source ${index}`,
    url: `https://example.org/${tag}/${index}`,
  }));
  return insertDrafts('api::source.source', rows);
}

const bylinesOf = async (documentId: string): Promise<number> => {
  const row = await strapiInstance()
    .db.query(ARTICLE)
    .findOne({ where: { documentId, publishedAt: null }, populate: { authors: { count: true } } });
  return (row?.authors as { count: number } | undefined)?.count ?? 0;
};

const refusedOn = (response: Response, path: string[]): void => {
  expect(response.status).toBe(400);
  expect(response.body.error.name).toBe('ValidationError');
  expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path)).toContainEqual(path);
};

const SHAPES: Array<[string, Shape]> = [
  ['an array of documentIds', (ids) => ids],
  ['connect', (ids) => ({ connect: ids })],
  ['connect with positions', (ids) => ({ connect: ids.map((documentId) => ({ documentId, position: { end: true } })) })],
  ['set', (ids) => ({ set: ids })],
  ['disconnect', (ids) => ({ disconnect: ids })],
];

describe('Relation caps', () => {
  let bylines: string[] = [];
  let adminToken = '';
  beforeAll(async () => {
    bylines = await authors(201);
    adminToken = (await adminSession('strapi-super-admin')).token;
  });

  it.each(SHAPES)('takes 50 bylines and refuses 51 with a 400 on authors through the Content API, sent as %s', async (_form, shape) => {
    const title = unique('Bylines');
    await editor.post('/api/articles?status=draft', { data: { title, authors: shape(bylines.slice(0, 50)) } }).expect(201);
    refusedOn(await editor.post('/api/articles?status=draft', { data: { title: `${title} more`, authors: shape(bylines.slice(0, 51)) } }), ['authors']);
    expect(
      await strapiInstance()
        .db.query(ARTICLE)
        .count({ where: { title: `${title} more` } }),
    ).toBe(0);
  });

  it.each(SHAPES)('takes 50 bylines and refuses 51 with a 400 on authors through the Content Manager, sent as %s', async (_form, shape) => {
    const created = await http()
      .post(CM)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ title: unique('Managed bylines') });
    expect(created.status).toBe(201);
    const path = `${CM}/${created.body.data.documentId}`;
    await http()
      .put(path)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ authors: shape(bylines.slice(0, 50)) })
      .expect(200);
    refusedOn(
      await http()
        .put(path)
        .set('Authorization', `Bearer ${adminToken}`)
        .send({ authors: shape(bylines.slice(0, 51)) }),
      ['authors'],
    );
  });

  it('refuses connecting a 51st byline a few at a time, keeping the 50', async () => {
    const created = await editor.post('/api/articles?status=draft', { data: { title: unique('Growing bylines'), authors: bylines.slice(0, 48) } }).expect(201);
    const { documentId } = created.body.data;
    await editor.put(`/api/articles/${documentId}?status=draft`, { data: { authors: { connect: bylines.slice(48, 50) } } }).expect(200);
    refusedOn(await editor.put(`/api/articles/${documentId}?status=draft`, { data: { authors: { connect: bylines.slice(50, 51) } } }), ['authors']);
    expect(await bylinesOf(documentId)).toBe(50);
  });

  it('takes 200 sources sent with an article and refuses 201 with a 400 on sources', async () => {
    const sent = await draftSources(201);
    refusedOn(await editor.post('/api/articles?status=draft', { data: { title: unique('Cited'), sources: { set: sent } } }), ['sources']);
    await editor.post('/api/articles?status=draft', { data: { title: unique('Cited'), sources: { set: sent.slice(0, 200) } } }).expect(201);
  });

  it.each([
    ['a category', 'articles', { category: { connect: ['a', 'b'] } }, ['category']],
    ['a kicker', 'articles', { kicker: ['a', 'b'] }, ['kicker']],
    ['a citation source', 'fact-checks', { citations: [{ number: 1, source: { set: ['a', 'b'] } }] }, ['citations', '0', 'source']],
  ])('refuses two documents for %s, which holds one, with a 400 naming it', async (_case, endpoint, data, path) => {
    refusedOn(await editor.post(`/api/${endpoint}?status=draft`, { data: { title: unique('To one'), ...data } }), path);
  });

  it('answers 5,000 bylines with a 400 at once, before anything resolves them', async () => {
    const sent = Array.from({ length: 5000 }, (_, index) => `nobody${index}`);
    refusedOn(await editor.post('/api/articles?status=draft', { data: { title: unique('Crowd'), authors: { connect: sent } } }), ['authors']);
  });
});
