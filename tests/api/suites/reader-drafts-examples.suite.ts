import type { Response } from 'supertest';
import { publishArticle } from '../../helpers/editorial';
import { editor, http } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

// The issue's own examples of drafts read through relations, each as an anonymous reader would send it; the generated
// probes of every relation path are in reader-drafts.suite.ts.

const KICKER_UID = 'api::kicker.kicker';
const letters = (value: string) => value.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]);
const RUN = letters(`${process.pid}${Date.now()}`);
const ABSENT = `Quokka${RUN}`;

type Answer = { status: number; body: unknown };
const answer = (response: Response): Answer => ({ status: response.status, body: response.body });

interface Doc {
  documentId: string;
  slug?: string;
}

interface Desk {
  category: Doc;
  kicker: Doc;
  author: Doc;
  source: Doc;
  article: Doc;
  draftOnly: Doc;
}

const ids = (response: Response): string[] => (response.body.data ?? []).map((item: Doc) => item.documentId);

describe("Readers and drafts: the issue's examples", () => {
  const tag = `${RUN}x`;
  const word = `Embargoqz${RUN}`;
  const desk = {} as Desk;

  beforeAll(async () => {
    desk.category = (await editor.post('/api/categories', { data: { name: `Example desk ${tag}` } }).expect(201)).body.data;
    desk.author = (await editor.post('/api/authors', { data: { name: `Example writer ${tag}` } }).expect(201)).body.data;
    const published = await publishArticle({
      title: `Example story ${tag}`,
      body: `Published text. [<mark>cited words</mark>](https://example-${tag}.example.org/a)`,
      category: desk.category.documentId,
      authors: [desk.author.documentId],
      kickerLabel: `Example series ${tag}`,
    });
    desk.article = published.body.data;
    desk.kicker = (await editor.get(`/api/kickers?filters[label][$eq]=${encodeURIComponent(`Example series ${tag}`)}`).expect(200)).body.data[0];
    desk.source = (await editor.get(`/api/sources?filters[url][$eq]=${encodeURIComponent(`https://example-${tag}.example.org/a`)}`).expect(200)).body.data[0];
    // The embargoed edit: the published article's draft now reads differently.
    await editor
      .put(`/api/articles/${desk.article.documentId}?status=draft`, {
        data: { body: `${word} embargoed. [<mark>cited words</mark>](https://example-${tag}.example.org/a)` },
      })
      .expect(200);
    // A story never published, in the same section.
    desk.draftOnly = (
      await editor
        .post('/api/articles?status=draft', { data: { title: `${word} unannounced ${tag}`, body: 'Draft.', category: desk.category.documentId } })
        .expect(201)
    ).body.data;
  });

  const routes = (): Array<[string, string]> => [
    ['categories', `/api/categories?filters[documentId][$eq]=${desk.category.documentId}&filters[articles][body]`],
    ['kickers', `/api/kickers?filters[documentId][$eq]=${desk.kicker.documentId}&filters[articles][body]`],
    ['authors', `/api/authors?filters[documentId][$eq]=${desk.author.documentId}&filters[articles][body]`],
    ['sources, three hops', `/api/sources?filters[documentId][$eq]=${desk.source.documentId}&filters[articles][category][articles][body]`],
    ['articles, two hops', `/api/articles?filters[documentId][$eq]=${desk.article.documentId}&filters[category][articles][body]`],
  ];

  it.each(['categories', 'kickers', 'authors', 'sources, three hops', 'articles, two hops'])(
    'answers $containsi on a draft body from %s as for a word nowhere',
    async (name) => {
      const base = routes().find(([route]) => route === name)?.[1] as string;
      const secret = await http().get(`${base}[$containsi]=${word.toLowerCase()}`);
      const nowhere = await http().get(`${base}[$containsi]=${ABSENT.toLowerCase()}`);
      expect(answer(secret)).toEqual(answer(nowhere));
      expect(ids(secret)).toEqual([]);
    },
  );

  it('lets no $startsWith walk pick the first letter of an embargoed draft', async () => {
    const base = `/api/categories?filters[documentId][$eq]=${desk.category.documentId}&filters[articles][body][$startsWith]=`;
    const matching = new Set<string>();
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') {
      if (ids(await http().get(`${base}${letter}`).expect(200)).length > 0) matching.add(letter.toLowerCase());
    }
    // Only the published body's first letter ("Published text."), never the draft's.
    expect([...matching]).toEqual(['p']);
  });

  it.each([
    ['title', `filters[articles][title][$containsi]=${word.toLowerCase()}`],
    ['slug', `filters[articles][slug][$startsWith]=${word.toLowerCase()}`],
  ])('shows no never-published draft %s through a section', async (_field, filter) => {
    const response = await http().get(`/api/categories?filters[documentId][$eq]=${desk.category.documentId}&${filter}`).expect(200);
    expect(ids(response)).toEqual([]);
  });

  it('shows a signed-in reader no more than an anonymous one', async () => {
    const username = `reader-${tag}`;
    const registered = await http()
      .post('/api/auth/local/register')
      .send({ username, email: `${username}@readers.test`, password: 'Reader-password-1' })
      .expect(200);
    const url = `/api/categories?filters[documentId][$eq]=${desk.category.documentId}&filters[articles][body][$containsi]=${word.toLowerCase()}`;
    const response = await http().get(url).set('Authorization', `Bearer ${registered.body.jwt}`).expect(200);
    expect(ids(response)).toEqual([]);
  });

  it('still lets an API token find drafts through a relation, for previews', async () => {
    const url = `/api/categories?filters[documentId][$eq]=${desk.category.documentId}&filters[articles][body][$containsi]=${word.toLowerCase()}`;
    expect(ids(await editor.get(url).expect(200))).toEqual([desk.category.documentId]);
  });

  it('keeps published matches: a reader finds the section by its published article', async () => {
    const response = await http().get(
      `/api/categories?filters[documentId][$eq]=${desk.category.documentId}&filters[articles][body][$containsi]=published text`,
    );
    expect(ids(response)).toEqual([desk.category.documentId]);
    const present = await http().get(`/api/categories?filters[documentId][$eq]=${desk.category.documentId}&filters[articles][$notNull]=true`);
    expect(ids(present)).toEqual([desk.category.documentId]);
  });

  it('refuses a reader a sort through a relation to drafts with the same 400, whatever the drafts say', async () => {
    const response = await http().get(`/api/categories?filters[documentId][$eq]=${desk.category.documentId}&sort=articles.title:asc`).expect(400);
    expect(response.body.error.details).toMatchObject({ param: 'sort', path: 'articles' });
    await http().get('/api/articles?sort=category.name:asc').expect(200);
  });

  it.each(['filters[articles][$null]=true', 'filters[$not][articles][title][$eq]=x', 'filters[articles][$notNull]=false'])(
    'refuses a reader %s on a section with the same 400: drafts linked there would answer it',
    async (filter) => {
      const response = await http().get(`/api/categories?${filter}`).expect(400);
      expect(response.body.error.details).toMatchObject({ param: 'filters', path: 'articles' });
    },
  );

  it.each(['publicationFilter=modified', 'publicationFilter=published-with-draft', 'hasPublishedVersion=true'])(
    'refuses a reader %s with a 403: it tells documents apart by their drafts',
    async (query) => {
      const response = await http().get(`/api/articles?${query}`).expect(403);
      expect(response.body.error.message).toMatch(/API token/);
    },
  );

  it('shows no proposed kicker, even one linked to a published article from the kicker side', async () => {
    const label = `${word} proposal ${tag}`;
    const proposal = (await strapiInstance()
      .documents(KICKER_UID)
      .create({ data: { label, state: 'proposed' } } as never)) as unknown as Doc;
    const story = (await publishArticle({ title: `Kicked story ${tag}`, body: 'Kicked.' })).body.data as Doc;
    // In process: a request may not change a kicker's articles (inverse-relations suite), the document service still can.
    await strapiInstance()
      .documents(KICKER_UID)
      .update({ documentId: proposal.documentId, data: { articles: { connect: [story.documentId] } } } as never);
    const filtered = await http().get(`/api/articles?filters[kicker][label][$containsi]=${word.toLowerCase()}`).expect(200);
    expect(ids(filtered)).toEqual([]);
    const populated = await http().get(`/api/articles?filters[documentId][$eq]=${story.documentId}&populate=kicker`).expect(200);
    expect(populated.body.data[0].kicker).toBeNull();
    const withoutKicker = await http().get(`/api/articles?filters[documentId][$eq]=${story.documentId}&filters[kicker][$null]=true`).expect(200);
    expect(ids(withoutKicker)).toEqual([story.documentId]);
  });
});
