import type { Response, Test } from 'supertest';
import { publishArticle } from '../../helpers/editorial';
import { adminSession, editor, http, unique } from '../../helpers/http';
import { controlQueries, MALFORMED_BODIES, MALFORMED_DATA, malformedQueries, probedTypes, type ProbedType } from '../../helpers/malformed-queries';

// Malformed query strings and bodies answer 400, never 500, on every route that reads them: for each of the seven
// types, its Content API list and item routes (as an anonymous reader and with an API token) and its Content Manager
// list and document routes each get every family of malformed queries (tests/helpers/malformed-queries.ts, generated
// from the schemas), and must still answer the queries frontends and the admin panel send with 200.

const TYPES = probedTypes();
const CM = '/content-manager/collection-types';

interface Outcome {
  request: string;
  status: number;
  error: unknown;
}

/** What went wrong with an answer that should be a 400 with a JSON error naming what was wrong, or undefined. */
function notRefused(request: string, response: Response): Outcome | undefined {
  const error = (response.body as { error?: { status?: number; name?: string; message?: string } } | undefined)?.error;
  const refused = response.status === 400 && error?.status === 400 && typeof error.name === 'string' && typeof error.message === 'string';
  return refused ? undefined : { request, status: response.status, error: error ?? response.text.slice(0, 200) };
}

const notOk = (request: string, response: Response): Outcome | undefined =>
  response.status === 200 ? undefined : { request, status: response.status, error: response.body?.error ?? response.text.slice(0, 200) };

/** Sends every request (sixteen at a time, to keep the suite fast) and lists the answers `judge` objects to. */
async function judgeAll(requests: Array<[string, () => Test]>, judge: (request: string, response: Response) => Outcome | undefined): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let start = 0; start < requests.length; start += 16) {
    const batch = requests.slice(start, start + 16);
    const responses = await Promise.all(batch.map(([, send]) => send()));
    responses.forEach((response, index) => {
      const outcome = judge(batch[index][0], response);
      if (outcome) outcomes.push(outcome);
    });
  }
  return outcomes;
}

/** One readable document of each type, so item routes answer 200 to a valid query. */
async function oneOfEach(): Promise<Record<string, string>> {
  const tag = unique('malformed').replace(/\W+/g, '-');
  const url = `https://malformed-${tag}.example.org/report`;
  const category = (await editor.post('/api/categories', { data: { name: `Malformed desk ${tag}` } }).expect(201)).body.data.documentId;
  const author = (await editor.post('/api/authors', { data: { name: `Malformed writer ${tag}` } }).expect(201)).body.data.documentId;
  const body = `Body. Quote: [<mark class="yellow">malformed words ${tag}</mark>](${url}).`;
  const article = await publishArticle({ title: `Malformed story ${tag}`, body, category, authors: [author], kickerLabel: `Malformed series ${tag}` });
  const byArticle = `filters[article][documentId][$eq]=${article.body.data.documentId}`;
  const highlight = (await editor.get(`/api/highlights?${byArticle}`).expect(200)).body.data[0].documentId;
  const source = (await editor.get(`/api/sources?filters[url][$eq]=${encodeURIComponent(url)}`).expect(200)).body.data[0].documentId;
  const kicker = (await editor.get(`/api/kickers?filters[label][$eq]=${encodeURIComponent(`Malformed series ${tag}`)}`).expect(200)).body.data[0].documentId;
  const check = await editor
    .post('/api/fact-checks?status=draft', { data: { title: `Malformed question ${tag}?`, summary: 'Summary [1].', citations: [{ number: 1, source }] } })
    .expect(201);
  await editor.put(`/api/fact-checks/${check.body.data.documentId}?status=published`, { data: {} }).expect(200);
  return {
    'api::article.article': article.body.data.documentId,
    'api::category.category': category,
    'api::author.author': author,
    'api::highlight.highlight': highlight,
    'api::source.source': source,
    'api::kicker.kicker': kicker,
    'api::fact-check.fact-check': check.body.data.documentId,
  };
}

describe('Malformed queries: every route of every type answers 400, never 500', () => {
  let documents: Record<string, string>;
  let admin: string;

  beforeAll(async () => {
    documents = await oneOfEach();
    admin = `Bearer ${(await adminSession('strapi-super-admin')).token}`;
  });

  it('probes each of the seven types', () => {
    expect(TYPES.map((type) => type.uid).sort()).toEqual(Object.keys(documents).sort());
  });

  /** The read routes of a type, each as a function of a query string. */
  const readRoutes = (type: ProbedType): Array<[string, (query: string) => Test]> => {
    const id = documents[type.uid];
    return [
      ['reader list', (query) => http().get(`/api/${type.plural}?${query}`)],
      ['Content Manager list', (query) => http().get(`${CM}/${type.uid}?${query}`).set('Authorization', admin)],
      ['reader item', (query) => http().get(`/api/${type.plural}/${id}?${query}`)],
      ['token list', (query) => editor.get(`/api/${type.plural}?${query}`)],
      ['token item', (query) => editor.get(`/api/${type.plural}/${id}?${query}`)],
      ['Content Manager document', (query) => http().get(`${CM}/${type.uid}/${id}?${query}`).set('Authorization', admin)],
    ];
  };

  describe.each(TYPES.map((type) => [type.uid, type] as const))('%s', (_uid, type) => {
    // Every query goes to the two list routes, and to one of the other four in turn: each route meets every family, and
    // the suite stays fast enough to run on every database.
    it.each(Object.entries(malformedQueries(type)))('answers %s with a 400 on its Content API and Content Manager routes', async (_family, queries) => {
      const [readerList, managerList, ...others] = readRoutes(type);
      const requests = queries.flatMap((query, index) =>
        [readerList, managerList, others[index % others.length]].map(([route, send]): [string, () => Test] => [`${route} ?${query}`, () => send(query)]),
      );
      expect(await judgeAll(requests, notRefused)).toEqual([]);
    });

    it('still answers the queries frontends send with 200', async () => {
      // The item route with a token reads as the list route with a token does; the other three cover both callers.
      const routes = readRoutes(type).filter(([route]) => ['reader list', 'reader item', 'token list'].includes(route));
      const requests = routes.flatMap(([route, send]) =>
        controlQueries(type, route.endsWith('item')).map((query): [string, () => Test] => [`${route} ?${query}`, () => send(query)]),
      );
      expect(await judgeAll(requests, notOk)).toEqual([]);
    });

    it('still answers the queries the admin panel sends with 200', async () => {
      const queries = ['', 'page=1&pageSize=10', `page=2&pageSize=20&sort=${type.field}:ASC`, `filters[$and][0][${type.field}][$containsi]=x&page=1`, '_q=x'];
      const [list, document] = readRoutes(type).filter(([route]) => route.startsWith('Content Manager'));
      const requests = [
        ...queries.map((query): [string, () => Test] => [`list ?${query}`, () => list[1](query)]),
        ['document', () => document[1]('')] as [string, () => Test],
      ];
      expect(await judgeAll(requests, notOk)).toEqual([]);
    });

    it('answers a list, a string, a number or null as a create, update or publish body with a 400', async () => {
      const id = documents[type.uid];
      const json = (test: Test) => test.set('Content-Type', 'application/json');
      const raw = (test: Test, body: string) => json(test).send(body);
      const asAdmin = (test: Test) => test.set('Authorization', admin);
      const writes: Array<[string, (body: string) => Test]> = [
        ['Content API create', (body) => json(editor.post(`/api/${type.plural}`, body))],
        ['Content API update', (body) => json(editor.put(`/api/${type.plural}/${id}`, body))],
        ['Content Manager create', (body) => raw(asAdmin(http().post(`${CM}/${type.uid}`)), body)],
        ['Content Manager update', (body) => raw(asAdmin(http().put(`${CM}/${type.uid}/${id}`)), body)],
        ...(type.draftAndPublish
          ? [
              ['Content Manager publish', (body: string) => raw(asAdmin(http().post(`${CM}/${type.uid}/${id}/actions/publish`)), body)] as [
                string,
                (body: string) => Test,
              ],
            ]
          : []),
      ];
      const requests = writes.flatMap(([route, send]) =>
        [...MALFORMED_BODIES, ...(route.startsWith('Content API') ? MALFORMED_DATA : [])].map((body): [string, () => Test] => [
          `${route} ${body}`,
          () => send(body),
        ]),
      );
      expect(await judgeAll(requests, notRefused)).toEqual([]);
    });
  });
});

describe("Malformed queries: the issue's examples, and the plugins' routes", () => {
  let admin: string;
  let category: { documentId: string; slug: string };
  let kicker: { slug: string };

  beforeAll(async () => {
    admin = `Bearer ${(await adminSession('strapi-super-admin')).token}`;
    const tag = unique('plugin routes').replace(/\W+/g, '-');
    category = (await editor.post('/api/categories', { data: { name: `Malformed section ${tag}` } }).expect(201)).body.data;
    kicker = (await editor.post('/api/kickers', { data: { label: `Malformed kicker ${tag}`, state: 'approved' } }).expect(201)).body.data;
  });

  it.each([
    ['/api/articles?filters[id][$gt][$ne]=0', ['filters', 'id', '$gt']],
    ['/api/articles?fields[0]=__proto__', ['fields', '0']],
    ['/api/articles?fields[0]=toString', ['fields', '0']],
    ['/api/articles?filters[title][$eq][$gt]=1', ['filters', 'title', '$eq']],
    ['/api/categories?populate[articles][sort]=category.name', ['populate', 'articles', 'sort']],
    ['/api/articles?filters[toString][$eq]=1', ['filters', 'toString']],
  ])('answers %s with a 400 naming %j', async (address, path) => {
    const response = await http().get(address).expect(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors[0].path).toEqual(path);
  });

  it('answers a private field as it answers a field that does not exist, so a refusal names no private field', async () => {
    for (const [secret, missing] of [
      ['filters[stage][$eq]=x', 'filters[nosuchfield][$eq]=x'],
      ['sort=stage', 'sort=nosuchfield'],
      ['fields[0]=stage', 'fields[0]=nosuchfield'],
    ]) {
      const one = await http().get(`/api/articles?${secret}`).expect(400);
      const other = await http().get(`/api/articles?${missing}`).expect(400);
      expect(JSON.stringify(one.body)).toBe(JSON.stringify(other.body).replace(/nosuchfield/g, 'stage'));
    }
  });

  it('answers the Content Manager list query that the issue found with a 400 naming it', async () => {
    const response = await http().get(`${CM}/api::article.article?filters[id][$gt][$ne]=0`).set('Authorization', admin).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['filters', 'id', '$gt']);
  });

  it('checks a Content Manager query after signing in: without a session, any query is a 401', async () => {
    await http().get(`${CM}/api::article.article?filters[nosuchfield][$eq]=1`).expect(401);
    await http().get(`${CM}/api::article.article?filters[id][$gt][$ne]=0`).expect(401);
  });

  it('answers a JSON list as a Content Manager body with a 400, storing nothing', async () => {
    const before = await http().get(`${CM}/api::category.category?pageSize=1`).set('Authorization', admin).expect(200);
    await http().post(`${CM}/api::category.category`).set('Authorization', admin).set('Content-Type', 'application/json').send('[{"name":"x"}]').expect(400);
    const after = await http().get(`${CM}/api::category.category?pageSize=1`).set('Authorization', admin).expect(200);
    expect(after.body.pagination.total).toBe(before.body.pagination.total);
  });

  it("answers malformed queries on the plugins' routes that read queries with a 4xx naming the parameter, never a 500", async () => {
    const lists = [`/api/categories/${category.slug}/articles`, `/api/kickers/${kicker.slug}/articles`];
    const pages = ['page[$gt]=1', 'page[0]=1&page[1]=2', 'page=abc', 'page=1.5', 'pageSize[$ne]=1', 'pageSize=-1', 'page[toString]=1', 'constructor=1'];
    const suggestions = ['q[$ne]=x', 'q[0]=a&q[1]=b', 'q[toString]=x'];
    const previews = ['expires[$gt]=1', 'signature[0]=a', 'status[toString]=x'];
    const requests: Array<[string, () => Test]> = [
      ...lists.flatMap((list) => pages.map((query): [string, () => Test] => [`${list}?${query}`, () => http().get(`${list}?${query}`)])),
      ...suggestions.map((query): [string, () => Test] => [query, () => http().get(`/editorial/kickers/suggestions?${query}`).set('Authorization', admin)]),
    ];
    expect(await judgeAll(requests, notRefused)).toEqual([]);
    // A preview link is its own permission: one that does not read as a signed link is refused as an unsigned one is.
    for (const query of previews)
      await http()
        .get(`/api/previews/articles/${category.documentId}?${query}`)
        .expect(query.includes('toString') ? 400 : 403);
  });
});
