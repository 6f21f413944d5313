import { publishArticle } from '../../helpers/editorial';
import { editor, http, unique } from '../../helpers/http';

const NEWSROOM_ENDPOINTS = ['articles', 'fact-checks', 'sources', 'highlights', 'categories', 'kickers', 'authors'];

async function createArticle(title: string, status: 'draft' | 'published') {
  const data = { title, body: 'Body text.' };
  const response = status === 'published' ? await publishArticle(data) : await editor.post('/api/articles?status=draft', { data }).expect(201);
  return response.body.data as { documentId: string; slug: string };
}

describe('Public access to the Content API', () => {
  it.each(NEWSROOM_ENDPOINTS)('lets Public list /api/%s', async (endpoint) => {
    await http().get(`/api/${endpoint}`).expect(200);
  });

  it('shows Public a published article', async () => {
    const article = await createArticle(unique('Published story'), 'published');
    const response = await http().get(`/api/articles?filters[slug][$eq]=${article.slug}`).expect(200);
    expect(response.body.data.map((item: { documentId: string }) => item.documentId)).toEqual([article.documentId]);
  });

  it('hides a draft from Public lists and from a read by id', async () => {
    const draft = await createArticle(unique('Draft story'), 'draft');
    const list = await http().get(`/api/articles?filters[slug][$eq]=${draft.slug}`).expect(200);
    expect(list.body.data).toEqual([]);
    await http().get(`/api/articles/${draft.documentId}`).expect(404);
  });

  it('refuses Public a request for drafts with 403', async () => {
    const response = await http().get('/api/articles?status=draft').expect(403);
    expect(response.body.error.message).toMatch(/API token/);
  });

  it('refuses an unknown status with a 400 naming the parameter', async () => {
    const response = await http().get('/api/articles?status=preview').expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['status']);
  });

  it('lets an API token read drafts for a preview', async () => {
    const draft = await createArticle(unique('Preview story'), 'draft');
    const response = await editor.get(`/api/articles/${draft.documentId}?status=draft`).expect(200);
    expect(response.body.data.documentId).toBe(draft.documentId);
  });

  it.each(NEWSROOM_ENDPOINTS)('refuses Public a create on /api/%s with 403', async (endpoint) => {
    await http()
      .post(`/api/${endpoint}`)
      .send({ data: { title: 'x', name: 'x', label: 'x', url: 'https://x.org', exact: 'x' } })
      .expect(403);
  });

  it('refuses Public an update or a delete of an article with 403', async () => {
    const article = await createArticle(unique('Untouchable story'), 'published');
    await http()
      .put(`/api/articles/${article.documentId}`)
      .send({ data: { title: 'Defaced' } })
      .expect(403);
    await http().delete(`/api/articles/${article.documentId}`).expect(403);
  });

  it('refuses a signed-in reader any write with 403', async () => {
    const username = unique('reader').replace(/\W+/g, '-');
    const registered = await http()
      .post('/api/auth/local/register')
      .send({ username, email: `${username}@readers.test`, password: 'Reader-password-1' })
      .expect(200);
    const reader = `Bearer ${registered.body.jwt}`;
    await http().get('/api/articles').set('Authorization', reader).expect(200);
    await http()
      .post('/api/articles')
      .set('Authorization', reader)
      .send({ data: { title: 'Reader post' } })
      .expect(403);
    await http()
      .post('/api/sources')
      .set('Authorization', reader)
      .send({ data: { url: 'https://x.org' } })
      .expect(403);
  });
});
