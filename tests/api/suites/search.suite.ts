import { chiefEditorToken, publishArticle } from '../../helpers/editorial';
import { editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

// Archive search (GET /api/search) over HTTP, on whichever database the run uses. Every story carries a word of its own,
// so a shared PostgreSQL database holding other files' stories never changes what a test finds.

let counter = 0;
/** A word no other story has: letters only, as the engines read words. */
const rareWord = (): string => `zq${`${process.pid}${Date.now()}${++counter}`.replace(/\d/g, (digit) => 'bcdfghjklm'[Number(digit)])}`;

interface Hit {
  type: string;
  documentId: string;
  slug: string;
  title: string;
  url: string;
  datePublished: string;
  snippet: string;
  score: number;
}

const search = (query: Record<string, string>) => http().get('/api/search').query(query);
const hitsFor = async (query: Record<string, string>): Promise<Hit[]> => (await search(query).expect(200)).body.data;

const published = async (fields: Record<string, unknown>) =>
  (await publishArticle({ title: unique('Search story'), deck: 'A standfirst.', body: 'Plain words.', ...fields })).body.data as {
    documentId: string;
    slug: string;
    title: string;
  };

async function publishedFactCheck(fields: Record<string, unknown>): Promise<{ documentId: string; slug: string }> {
  const draft = await editor.post('/api/fact-checks?status=draft', { data: { title: unique('Search check'), summary: 'It did not.', ...fields } }).expect(201);
  return (await editor.put(`/api/fact-checks/${draft.body.data.documentId}?status=published`, { data: {} }).expect(200)).body.data;
}

describe('Search', () => {
  it('ranks a title match above a body-only match and marks the words in the snippet', async () => {
    const word = rareWord();
    const inBody = await published({ body: `The ${word} came up, then ${word} again, and a third ${word} & more.` });
    const inTitle = await published({ title: unique(`The ${word} report`) });
    const hits = await hitsFor({ q: word });
    expect(hits.map((hit) => hit.documentId)).toEqual([inTitle.documentId, inBody.documentId]);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
    expect(hits[1].snippet).toBe(
      `A standfirst. The <mark>${word}</mark> came up, then <mark>${word}</mark> again, and a third <mark>${word}</mark> &amp; more.`,
    );
    const page = (await http().get(`/api/articles/by-slug/${inBody.slug}`).expect(200)).body.data;
    expect(hits[1]).toEqual({
      type: 'article',
      documentId: inBody.documentId,
      slug: inBody.slug,
      title: inBody.title,
      url: page.url,
      datePublished: page.datePublished,
      snippet: expect.any(String),
      score: expect.any(Number),
    });
  });

  it('finds names by their letters without diacritics, and marks them as written', async () => {
    const word = rareWord();
    const article = await published({ body: `Andraž Tavčar met Milorad Dodik and Đukanović in Łódź by the Straße ${word}.` });
    for (const query of ['tavcar', 'TAVČAR', 'dodik', 'dukanovic', 'lodz', 'strasse']) {
      expect([query, (await hitsFor({ q: `${query} ${word}` })).map((hit) => hit.documentId)]).toEqual([query, [article.documentId]]);
    }
    const [hit] = await hitsFor({ q: `tavcar ${word}` });
    expect(hit.snippet).toContain('<mark>Tavčar</mark>');
  });

  it('finds other forms of an English word', async () => {
    const word = rareWord();
    const article = await published({ body: `The ${word} council is voting today.` });
    for (const query of ['votes', 'vote', 'voted'])
      expect((await hitsFor({ q: `${word} ${query}` })).map((hit) => hit.documentId)).toEqual([article.documentId]);
    expect((await hitsFor({ q: `${word} votes` }))[0].snippet).toContain('<mark>voting</mark>');
  });

  it('never finds a draft, nor the newer draft of a published story', async () => {
    const draftWord = rareWord();
    await editor.post('/api/articles?status=draft', { data: { title: unique(`Draft ${draftWord}`), body: draftWord } }).expect(201);
    expect(await hitsFor({ q: draftWord })).toEqual([]);
    const article = await published({ body: 'Published words.' });
    const laterWord = rareWord();
    await editor.put(`/api/articles/${article.documentId}?status=draft`, { data: { deck: `Unpublished ${laterWord}` } }).expect(200);
    expect(await hitsFor({ q: laterWord })).toEqual([]);
  });

  it('drops an unpublished or deleted story from the very next search, cached or not', async () => {
    const word = rareWord();
    const withdrawn = await published({ body: word });
    const deleted = await published({ body: word });
    expect(await hitsFor({ q: word })).toHaveLength(2);
    await http()
      .post(`/content-manager/collection-types/api::article.article/${withdrawn.documentId}/actions/unpublish`)
      .set('Authorization', `Bearer ${await chiefEditorToken()}`)
      .send({})
      .expect(200);
    expect((await hitsFor({ q: word })).map((hit) => hit.documentId)).toEqual([deleted.documentId]);
    await editor.delete(`/api/articles/${deleted.documentId}`).expect(204);
    expect(await hitsFor({ q: word })).toEqual([]);
  });

  it('answers a repeated search from the cache until a story is written', async () => {
    const word = rareWord();
    const first = await published({ body: word });
    expect((await hitsFor({ q: word })).map((hit) => hit.documentId)).toEqual([first.documentId]);
    // Taken out of the index underneath: only a cached answer still shows it.
    await strapiInstance().db.connection('provenance_search').where({ document_id: first.documentId }).delete();
    expect((await hitsFor({ q: word })).map((hit) => hit.documentId)).toEqual([first.documentId]);
    const second = await published({ body: word });
    expect((await hitsFor({ q: word })).map((hit) => hit.documentId)).toEqual([second.documentId]);
  });

  it('shows a republished title on the next search', async () => {
    const word = rareWord();
    const article = await published({ body: word });
    await hitsFor({ q: word });
    const title = unique(`Renamed ${word}`);
    await editor.put(`/api/articles/${article.documentId}?status=published`, { data: { title } }).expect(200);
    expect((await hitsFor({ q: word })).map((hit) => hit.title)).toEqual([title]);
  });

  it('pages through matches and says how many there are', async () => {
    const word = rareWord();
    for (let i = 0; i < 3; i++) await published({ body: `${word} number ${i}` });
    const first = (await search({ q: word, pageSize: '2' }).expect(200)).body;
    expect(first.meta).toEqual({ query: word, pagination: { page: 1, pageSize: 2, pageCount: 2, total: 3 } });
    expect(first.data).toHaveLength(2);
    const second = (await search({ q: word, pageSize: '2', page: '2' }).expect(200)).body;
    expect(second.data).toHaveLength(1);
    expect(second.data[0].documentId).not.toBe(first.data[0].documentId);
    expect((await search({ q: word, page: '5' }).expect(200)).body).toEqual({
      data: [],
      meta: { query: word, pagination: { page: 5, pageSize: 10, pageCount: 1, total: 3 } },
    });
  });

  it('searches fact checks by their claim and sections, and filters by type', async () => {
    const word = rareWord();
    const article = await published({ body: word });
    const factCheck = await publishedFactCheck({ sections: [{ heading: 'What was said', body: `The ${word} claim, checked.` }] });
    const claimed = await publishedFactCheck({ claimReviewed: `A ${word} claim.` });
    const types = async (type?: string) => (await hitsFor(type ? { q: word, type } : { q: word })).map((hit) => `${hit.type}:${hit.documentId}`).sort();
    expect(await types()).toEqual([`article:${article.documentId}`, `fact-check:${claimed.documentId}`, `fact-check:${factCheck.documentId}`].sort());
    expect(await types('fact-check')).toEqual([`fact-check:${claimed.documentId}`, `fact-check:${factCheck.documentId}`].sort());
    expect(await types('article')).toEqual([`article:${article.documentId}`]);
    const [hit] = await hitsFor({ q: word, type: 'article,fact-check' }).then((hits) => hits.filter((one) => one.documentId === factCheck.documentId));
    expect(hit.url).toMatch(new RegExp(`/fact-checks/${factCheck.slug}/$`));
  });

  it.each([
    ['no q', {}, 'q'],
    ['an empty q', { q: '' }, 'q'],
    ['a blank q', { q: '   ' }, 'q'],
    ['a q over 200 characters', { q: 'a'.repeat(201) }, 'q'],
    ['an unknown type', { q: 'vote', type: 'video' }, 'type'],
    ['an empty type', { q: 'vote', type: '' }, 'type'],
    ['a fractional page', { q: 'vote', page: '1.5' }, 'page'],
    ['a pageSize over 50', { q: 'vote', pageSize: '51' }, 'pageSize'],
  ])('refuses %s with a 400 naming the parameter', async (_name, query, path) => {
    const response = await search(query as Record<string, string>).expect(400);
    expect(response.body.error).toMatchObject({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: [path] })] } });
  });

  it('refuses a q given twice', async () => {
    const response = await http().get('/api/search?q=a&q=b').expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['q']);
  });

  it('reads search syntax and SQL in q as literal words, never as an error', async () => {
    const word = rareWord();
    // The words of English that are FTS operators, in the text, so each engine finds it whether or not it drops them.
    const article = await published({ body: `${word} near the border, and not far or close.` });
    for (const q of [`"${word}`, `${word}*`, `(${word}`, `-${word}`, `${word} NEAR`, `${word} OR`, `${word}") OR ("x`, `${word} AND NOT`]) {
      const found = (await hitsFor({ q })).map((hit) => hit.documentId);
      expect([q, found]).toEqual([q, q.includes('"x') ? [] : [article.documentId]]);
    }
    for (const q of ['*', '"', '()', 'NEAR(a b)', "'; drop table articles; --", 'a:b', '^title', '{x}']) {
      expect((await search({ q }).expect(200)).body.meta.query).toBe(q);
    }
  });
});
