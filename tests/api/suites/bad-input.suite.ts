import { apiToken, editor, http } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const post = (endpoint: string, body: unknown) => editor.post(`/api/${endpoint}`, body);

describe('Bad input', () => {
  it.each([
    ['an article without a title', 'articles', { data: { body: 'No headline.' } }, ['title']],
    ['an article whose title has no letters', 'articles', { data: { title: '!!!' } }, ['title']],
    ['an article with an unknown layout', 'articles', { data: { title: 'Layout test', layout: 'tabloid' } }, ['layout']],
    ['an article with a 201-character title', 'articles', { data: { title: 'x'.repeat(201) } }, ['title']],
    ['a source with a javascript: URL', 'sources', { data: { url: 'javascript:alert(1)' } }, ['url']],
    ['a source with no URL', 'sources', { data: { title: 'Nameless' } }, ['url']],
    ['an author without a name', 'authors', { data: { bio: 'Anonymous.' } }, ['name']],
    ['a kicker made only of spaces', 'kickers', { data: { label: '   ' } }, ['label']],
  ])('answers %s with a 400 naming the field', async (_case, endpoint, body, path) => {
    const response = await post(endpoint, body).expect(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors[0].path).toEqual(path);
  });

  it('answers a title given as an operator object with a 400, not a 500', async () => {
    const response = await post('articles', { data: { title: { $gt: 0 } } });
    expect(response.status).toBe(400);
  });

  it.each([
    ['2 MB', 2],
    ['21 MB, past what the multipart parser allowed by default', 21],
  ])('holds a multipart save of %s to the limit a JSON body has: 413, nothing stored', async (_size, megabytes) => {
    const title = `Oversized ${megabytes}`;
    const data = JSON.stringify({ title, body: 'x'.repeat(megabytes * 1024 * 1024) });
    const asJson = await post('articles', JSON.parse(`{"data": ${data}}`));
    expect(asJson.status).toBe(413);
    const asForm = await http()
      .post('/api/articles')
      .set('Authorization', `Bearer ${await apiToken('full-access')}`)
      .field('data', data);
    expect(asForm.status).toBe(413);
    expect(asForm.body.error.name).toBe('PayloadTooLargeError');
    expect(await strapiInstance().db.query('api::article.article').count({ where: { title } })).toBe(0);
  });

  it.each([
    ['related questions', 'relatedQuestions', (index: number) => ({ question: `Question ${index}?` })],
    ['sections', 'sections', (index: number) => ({ heading: `Section ${index}`, body: 'Text.' })],
    ['citations', 'citations', (index: number) => ({ number: index + 1 })],
  ])('caps a fact check at 200 %s: 201 are a 400 on the list, nothing stored', async (_label, field, item) => {
    const title = `Capped ${field}`;
    const response = await post('fact-checks?status=draft', { data: { title, [field]: Array.from({ length: 201 }, (_, index) => item(index)) } });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path)).toContainEqual([field]);
    expect(await strapiInstance().db.query('api::fact-check.fact-check').count({ where: { title } })).toBe(0);
  });

  it('answers a body that is not JSON with a 400', async () => {
    const response = await editor.post('/api/articles', '{"data": {"title": ').set('Content-Type', 'application/json');
    expect(response.status).toBe(400);
  });
});
