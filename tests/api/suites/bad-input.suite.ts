import { apiToken, editor, http, unique } from '../../helpers/http';
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
    [50, 'related questions', 'relatedQuestions', (index: number) => ({ question: `Question ${index}?` })],
    [50, 'sections', 'sections', (index: number) => ({ heading: `Section ${index}`, body: 'Text.' })],
    [200, 'citations', 'citations', (index: number) => ({ number: index + 1 })],
  ])('caps a fact check at %i %s: one more is a 400 on the list, nothing stored', async (cap, _label, field, item) => {
    const title = `Capped ${field}`;
    const response = await post('fact-checks?status=draft', { data: { title, [field]: Array.from({ length: cap + 1 }, (_, index) => item(index)) } });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path)).toContainEqual([field]);
    expect(await strapiInstance().db.query('api::fact-check.fact-check').count({ where: { title } })).toBe(0);
  });

  it('accepts a fact check with every list at its cap: 50 sections, 200 citations, 50 related questions', async () => {
    const numbers = Array.from({ length: 200 }, (_, index) => index + 1);
    const data = {
      title: unique('At the caps'),
      sections: Array.from({ length: 50 }, (_, index) => ({
        heading: `Section ${index}`,
        body: `Cites ${numbers
          .slice(index * 4, index * 4 + 4)
          .map((n) => `[${n}]`)
          .join(' ')}.`,
      })),
      citations: numbers.map((number) => ({ number })),
      relatedQuestions: Array.from({ length: 50 }, (_, index) => ({ question: `Question ${index}?` })),
    };
    const response = await post('fact-checks?status=draft', { data });
    expect(response.status).toBe(201);
    const stored = await editor.get(`/api/fact-checks/${response.body.data.documentId}?status=draft&populate=*`).expect(200);
    expect([stored.body.data.sections.length, stored.body.data.citations.length, stored.body.data.relatedQuestions.length]).toEqual([50, 200, 50]);
  });

  it('refuses an over-long list before checking its items: the 400 names the list, not an item', async () => {
    const response = await post('fact-checks?status=draft', {
      data: { title: unique('Early cap'), relatedQuestions: Array.from({ length: 201 }, () => ({ question: 'Why?', bogus: 1 })) },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path)).toEqual([['relatedQuestions']]);
  });

  it('answers a body that is not JSON with a 400', async () => {
    const response = await editor.post('/api/articles', '{"data": {"title": ').set('Content-Type', 'application/json');
    expect(response.status).toBe(400);
  });

  it.each([
    ['an article first published in 1066', 'articles', { title: 'Hastings', datePublished: '1066-10-14T09:00:00.000Z' }, ['datePublished']],
    ['an article modified in 9999', 'articles', { title: 'Far future', dateModified: '9999-12-31T00:00:00.000Z' }, ['dateModified']],
    ['an article published before 1900', 'articles', { title: 'Victorian', datePublished: '1899-12-31T23:59:59.000Z' }, ['datePublished']],
    ['a fact check checked in 1899', 'fact-checks', { title: 'Old check', checkedOn: '1899-12-31' }, ['checkedOn']],
    ['a fact check checked in 2201', 'fact-checks', { title: 'Late check', checkedOn: '2201-01-01' }, ['checkedOn']],
    ['a source accessed in 1492', 'sources', { url: 'https://example.org/columbus', accessedOn: '1492-10-12' }, ['accessedOn']],
  ])('refuses %s with a 400 naming the date, storing nothing', async (_case, endpoint, data, path) => {
    const uid = { articles: 'api::article.article', 'fact-checks': 'api::fact-check.fact-check', sources: 'api::source.source' }[endpoint] as string;
    const before = await strapiInstance().db.query(uid).count();
    const fields = 'title' in data ? { ...data, title: unique(String(data.title)) } : { ...data, url: `${String(data.url)}-${Date.now()}` };
    const response = await post(`${endpoint}?status=draft`, { data: fields }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(path);
    expect(response.body.error.message).toMatch(/1900.*2200/);
    expect(await strapiInstance().db.query(uid).count()).toBe(before);
  });

  it('takes the first and last days of the range', async () => {
    const data = { title: unique('Range ends'), datePublished: '1900-01-01T00:00:00.000Z', dateModified: '2200-12-31T23:59:59.000Z' };
    const response = await post('articles?status=draft', { data }).expect(201);
    expect([response.body.data.datePublished, response.body.data.dateModified]).toEqual([data.datePublished, data.dateModified]);
  });

  it.each([0, -1, -100])('refuses the citation number %i with a 400 on that number', async (number) => {
    const data = { title: unique('Citation number'), summary: 'A claim [1].', citations: [{ number }] };
    const response = await post('fact-checks?status=draft', { data }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['citations', '0', 'number']);
  });
});

const ADDRESS_FIELDS: Array<[string, string, (value: string) => Record<string, unknown>, string[]]> = [
  ['an article permalink', 'articles', (url) => ({ title: unique('Permalink'), permalink: url }), ['permalink']],
  ['a lead-image URL', 'articles', (url) => ({ title: unique('Lead image'), leadImage: { url, caption: 'A photo.' } }), ['leadImage', 'url']],
  [
    'a related-question URL',
    'fact-checks',
    (url) => ({ title: unique('Related'), relatedQuestions: [{ question: 'Why?', url }] }),
    ['relatedQuestions', '0', 'url'],
  ],
  ['a source URL', 'sources', (url) => ({ url }), ['url']],
];

const BAD_ADDRESSES = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,x',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/\\evil.example/x',
  'ftp://example.org/file',
  'mailto:desk@example.org',
  'https://',
  'example.org/no-scheme',
];

describe('Bad input: addresses', () => {
  const cases = ADDRESS_FIELDS.flatMap(([label, endpoint, data, path]) => BAD_ADDRESSES.map((address) => [label, address, endpoint, data, path] as const));

  it.each(cases)('refuses %s of %j with a 400 on that field', async (_label, address, endpoint, data, path) => {
    const response = await post(`${endpoint}?status=draft`, { data: data(address) }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(path);
  });

  it.each(ADDRESS_FIELDS.filter(([, endpoint]) => endpoint !== 'sources'))('takes %s that is a site path or a web address', async (_label, endpoint, data) => {
    for (const address of [`/2026/02/19/${Date.now()}-story/`, `https://example.org/${Date.now()}/a.jpg?w=800#top`]) {
      await post(`${endpoint}?status=draft`, { data: data(address) }).expect(201);
    }
  });

  it('gives a permalink to one article only: a second article claiming it gets a 400, on every spelling of the path', async () => {
    const permalink = `/2026/03/01/${Date.now()}-first/`;
    const first = await post('articles?status=draft', { data: { title: unique('First holder'), permalink } }).expect(201);
    for (const claim of [permalink, permalink.replace(/\/$/, ''), `${permalink}index.html`]) {
      const response = await post('articles?status=draft', { data: { title: unique('Second holder'), permalink: claim } }).expect(400);
      expect(response.body.error.details.errors[0].path).toEqual(['permalink']);
      expect(response.body.error.message).toContain('First holder');
    }
    const other = await post('articles?status=draft', { data: { title: unique('Other') } }).expect(201);
    await editor.put(`/api/articles/${other.body.data.documentId}?status=draft`, { data: { permalink } }).expect(400);
    // The holder itself keeps it through edits.
    await editor.put(`/api/articles/${first.body.data.documentId}?status=draft`, { data: { permalink, deck: 'Edited.' } }).expect(200);
  });
});
