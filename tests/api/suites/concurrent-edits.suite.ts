import { adminSession, editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;

interface Draft {
  documentId: string;
  updatedAt: string;
  deck: string | null;
}

async function draft(): Promise<Draft> {
  const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Shared story'), deck: 'First deck.' } }).expect(201);
  return response.body.data;
}

const save = (documentId: string, data: Record<string, unknown>) => editor.put(`/api/articles/${documentId}?status=draft`, { data });
const stored = async (documentId: string): Promise<Draft> => (await editor.get(`/api/articles/${documentId}?status=draft`).expect(200)).body.data;

describe('Concurrent edits: saves from a stale copy', () => {
  it("refuses the second of two editors saving from the same copy with a 409, keeping the first one's words", async () => {
    const copy = await draft();
    await save(copy.documentId, { deck: 'Editor A rewrote the deck.', updatedAt: copy.updatedAt }).expect(200);
    const second = await save(copy.documentId, { deck: 'Editor B rewrote it too.', updatedAt: copy.updatedAt }).expect(409);
    expect(second.body.error.name).toBe('ConflictError');
    expect(second.body.error.message).toMatch(/changed .*after you opened it.*Nothing was saved/);
    expect(second.body.error.details.currentVersion).not.toBe(copy.updatedAt);
    expect((await stored(copy.documentId)).deck).toBe('Editor A rewrote the deck.');
  });

  it('lets an editor save again from the version each save answers', async () => {
    const copy = await draft();
    const first = await save(copy.documentId, { deck: 'Second deck.', updatedAt: copy.updatedAt }).expect(200);
    await save(copy.documentId, { deck: 'Third deck.', updatedAt: first.body.data.updatedAt }).expect(200);
    expect((await stored(copy.documentId)).deck).toBe('Third deck.');
  });

  it('lets exactly one of four simultaneous saves from one copy through', async () => {
    const copy = await draft();
    const saves = await Promise.all([1, 2, 3, 4].map((n) => save(copy.documentId, { deck: `Simultaneous ${n}.`, updatedAt: copy.updatedAt })));
    const statuses = saves.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const winner = saves.find((response) => response.status === 200);
    expect((await stored(copy.documentId)).deck).toBe(winner?.body.data.deck);
  });

  it('keeps the version when a save from a current copy fails validation, so the editor can fix it and save', async () => {
    const copy = await draft();
    await save(copy.documentId, { layout: 'tabloid', updatedAt: copy.updatedAt }).expect(400);
    await save(copy.documentId, { deck: 'Fixed and saved.', updatedAt: copy.updatedAt }).expect(200);
  });

  it('refuses a version that is not a timestamp with a 400 on updatedAt', async () => {
    const copy = await draft();
    const response = await save(copy.documentId, { deck: 'x', updatedAt: { $gt: 0 } }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['updatedAt']);
  });

  it('refuses a stale save in the admin panel with a 409 naming who changed the article', async () => {
    const { token } = await adminSession('provenance-chief-editor');
    const copy = await draft();
    await save(copy.documentId, { deck: 'Changed through the API.' }).expect(200);
    const response = await http()
      .put(`${CM}/${copy.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Stale title', updatedAt: copy.updatedAt })
      .expect(409);
    expect(response.body.error.message).toMatch(/after you opened it/);
  });

  it('names the admin user who changed the article', async () => {
    const first = await adminSession('provenance-chief-editor');
    const second = await adminSession('provenance-chief-editor');
    const copy = await draft();
    const bySecond = await http()
      .put(`${CM}/${copy.documentId}`)
      .set('Authorization', `Bearer ${second.token}`)
      .send({ deck: 'By the second editor.', updatedAt: copy.updatedAt });
    expect(bySecond.status).toBe(200);
    const response = await http()
      .put(`${CM}/${copy.documentId}`)
      .set('Authorization', `Bearer ${first.token}`)
      .send({ deck: 'Stale.', updatedAt: copy.updatedAt })
      .expect(409);
    expect(response.body.error.details.changedBy).toBe('Test provenance-chief-editor');
  });
});

describe('Concurrent edits: simultaneous creates', () => {
  it('creates exactly one of five articles sent at once with the same slug', async () => {
    const slug = unique('same-slug').replace(/\W+/g, '-').toLowerCase();
    const responses = await Promise.all([1, 2, 3, 4, 5].map((n) => editor.post('/api/articles?status=draft', { data: { title: `Race ${n}`, slug } })));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 400, 400, 400, 400]);
    for (const refused of responses.filter((response) => response.status === 400)) {
      expect(refused.body.error.details.errors[0].path).toEqual(['slug']);
    }
    expect(
      await strapiInstance()
        .db.query(ARTICLE)
        .count({ where: { slug, publishedAt: null } }),
    ).toBe(1);
  });

  it('files four articles typed at once with the same new kicker under one kicker', async () => {
    const label = unique('Simultaneous series');
    const responses = await Promise.all(
      [1, 2, 3, 4].map((n) => editor.post('/api/articles?status=draft', { data: { title: unique(`Part ${n}`), kickerLabel: label } })),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201]);
    const kickers = await strapiInstance().db.query('api::kicker.kicker').findMany({ where: { label } });
    expect(kickers).toHaveLength(1);
  });
});
