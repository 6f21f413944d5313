import fs from 'fs';
import path from 'path';
import type { Response } from 'supertest';
import { addCorrection, publishedFactCheck } from '../../helpers/corrections';
import { ADRIATIC, FIXTURES, importPaths } from '../../helpers/import-site';
import { readAsText } from '../../helpers/delivery';
import { http } from '../../helpers/http';
import { Contract, textOf, validateOpenApi } from '../../helpers/openapi';

const read = readAsText;

const POSTS = path.join(ADRIATIC, '_posts');
const FIXTURE_SLUGS = fs.readdirSync(POSTS).map((file) => file.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/\.md$/, ''));
const PUBLIC_TYPES = ['articles', 'authors', 'categories', 'fact-checks', 'highlights', 'kickers', 'sources'];
const ARTICLE_POPULATE =
  'populate[kicker]=true&populate[category]=true&populate[authors]=true&populate[leadImage][populate][file]=true' +
  '&populate[highlights][populate][source]=true&populate[sources]=true&populate[corrections]=true';

describe('OpenAPI contract', () => {
  let contract: Contract;
  let factCheck: { documentId: string; slug: string };
  const json = (response: Response) => JSON.parse(textOf(response));

  /** Reads `url` and expects its answer to keep the contract of `template` with this status, save the `excused` problems. */
  async function keeps(template: string, url: string, status = 200, excused: RegExp | null = null): Promise<Response> {
    const response = await read(url);
    expect({ url, status: response.status }).toEqual({ url, status });
    expect(contract.problems(template, response).filter((problem) => !excused?.test(problem))).toEqual([]);
    return response;
  }

  beforeAll(async () => {
    await importPaths([ADRIATIC, path.join(FIXTURES, 'factchecks')]);
    factCheck = await publishedFactCheck();
    await addCorrection('fact-checks', factCheck.documentId, { kind: 'clarification', text: 'The ferry timetable was clarified.' });
    contract = new Contract(json(await read('/api/openapi.json').expect(200)));
  });

  describe('OpenAPI contract: the document', () => {
    it('is served at /api/openapi.json and is valid OpenAPI 3.1 by the OpenAPI schema validator', async () => {
      const response = await read('/api/openapi.json').expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(contract.document.openapi).toBe('3.1.0');
      expect(validateOpenApi(contract.document)).toEqual({ valid: true });
      expect(contract.problems('/openapi.json', response)).toEqual([]);
    });

    it('is cached and revalidated like the other public reads: an ETag, public Cache-Control, 304 for a matching If-None-Match', async () => {
      const first = await read('/api/openapi.json').expect(200);
      expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      await http().get('/api/openapi.json').set('If-None-Match', first.headers.etag).expect(304);
    });

    it('documents the core find and findOne of exactly the types the public role can read', () => {
      const core = Object.keys(contract.document.paths as object).filter((route) => PUBLIC_TYPES.some((type) => route.startsWith(`/${type}`)));
      for (const type of PUBLIC_TYPES) expect(core).toEqual(expect.arrayContaining([`/${type}`, `/${type}/{documentId}`]));
      expect(Object.keys(contract.document.paths as object)).not.toContain('/import-records');
    });

    it("generates each type's fields from its content-type schema and leaves private fields out", () => {
      const schemas = (contract.document.components as { schemas: Record<string, { properties: Record<string, unknown> }> }).schemas;
      const stored = JSON.parse(
        fs.readFileSync(path.join(__dirname, '..', '..', '..', 'src', 'api', 'article', 'content-types', 'article', 'schema.json'), 'utf8'),
      );
      const shown = Object.entries(stored.attributes as Record<string, { private?: boolean }>).filter(([, attribute]) => !attribute.private);
      expect(Object.keys(schemas.Article.properties).sort()).toEqual(
        expect.arrayContaining([...shown.map(([name]) => name), 'id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt'].sort()),
      );
      expect(schemas.Article.properties).not.toHaveProperty('kickerLabel');
      expect(schemas.Article.properties).not.toHaveProperty('stage');
      expect(schemas.EditorialCorrection.properties).not.toHaveProperty('madeBy');
    });
  });

  describe('OpenAPI contract: live answers', () => {
    it('every fixture article by slug, as JSON-LD and as annotations, and by its old permalink', async () => {
      for (const slug of FIXTURE_SLUGS) {
        const article = json(await keeps('/articles/by-slug/{slug}', `/api/articles/by-slug/${slug}`)).data;
        await keeps('/articles/by-slug/{slug}/jsonld', `/api/articles/by-slug/${slug}/jsonld`);
        await keeps('/sourcing/articles/{slug}/annotations', `/api/sourcing/articles/${slug}/annotations`);
        if (article.permalink) await keeps('/articles/by-permalink', `/api/articles/by-permalink?path=${encodeURIComponent(article.permalink)}`);
      }
    });

    it('a fact check by slug and its ClaimReview, the corrections list and every feed and sitemap', async () => {
      await keeps('/fact-checks/by-slug/{slug}', `/api/fact-checks/by-slug/${factCheck.slug}`);
      await keeps('/fact-checks/by-slug/{slug}/jsonld', `/api/fact-checks/by-slug/${factCheck.slug}/jsonld`);
      const corrections = json(await keeps('/corrections', '/api/corrections?pageSize=50'));
      expect(corrections.data.length).toBeGreaterThan(0);
      for (const route of ['/feeds/rss.xml', '/feeds/feed.json', '/corrections/rss.xml', '/corrections/feed.json', '/sitemap.xml', '/news-sitemap.xml'])
        await keeps(route, `/api${route}`);
    });

    it("a fixture category's and kicker's article lists and feeds", async () => {
      const withKicker = (
        json(await read(`/api/articles?filters[kicker][slug][$notNull]=true&populate[kicker]=true&populate[category]=true`)).data as Array<{
          kicker: { slug: string };
          category: { slug: string } | null;
        }>
      )[0];
      for (const [taxonomy, slug] of [
        ['categories', withKicker.category?.slug],
        ['kickers', withKicker.kicker.slug],
      ] as const) {
        expect(slug).toEqual(expect.any(String));
        await keeps(`/${taxonomy}/{slug}/articles`, `/api/${taxonomy}/${slug}/articles?pageSize=50`);
        await keeps(`/feeds/${taxonomy}/{slug}/rss.xml`, `/api/feeds/${taxonomy}/${slug}/rss.xml`);
        await keeps(`/feeds/${taxonomy}/{slug}/feed.json`, `/api/feeds/${taxonomy}/${slug}/feed.json`);
      }
    });

    it('the core find and findOne of every public type, populated, paged by offset and with chosen fields', async () => {
      // Only what this suite made or imported: on a shared PostgreSQL database other suites' rows are theirs to check.
      const ours = FIXTURE_SLUGS.map((slug, index) => `filters[slug][$in][${index}]=${slug}`).join('&');
      const linked = (relation: string) => ours.replace(/filters\[slug\]/g, `filters[${relation}][slug]`);
      const articles = json(await keeps('/articles', `/api/articles?${ours}&${ARTICLE_POPULATE}&pagination[pageSize]=100`)).data;
      expect(articles.length).toBe(FIXTURE_SLUGS.length);
      await keeps('/articles/{documentId}', `/api/articles/${articles[0].documentId}?${ARTICLE_POPULATE}`);
      await keeps('/articles', `/api/articles?${ours}&fields=title,slug&pagination[start]=0&pagination[limit]=5&sort=title:asc`);
      const queries: Record<string, string> = {
        articles: ours,
        'fact-checks': `filters[slug][$eq]=${factCheck.slug}`,
        authors: linked('articles'),
        categories: linked('articles'),
        kickers: linked('articles'),
        sources: linked('articles'),
        highlights: linked('article'),
      };
      for (const type of PUBLIC_TYPES) {
        const listed = json(await keeps(`/${type}`, `/api/${type}?${queries[type]}&populate=*&pagination[pageSize]=100`)).data;
        expect({ type, listed: listed.length > 0 }).toEqual({ type, listed: true });
        await keeps(`/${type}/{documentId}`, `/api/${type}/${listed[0].documentId}?populate=*`);
      }
    });

    it("answers an unknown address with 404 and bad input with 400, both in Strapi's error shape", async () => {
      await keeps('/articles/by-slug/{slug}', '/api/articles/by-slug/no-such-article-anywhere', 404);
      await keeps('/articles/{documentId}', '/api/articles/nosuchdocumentanywhere', 404);
      await keeps('/categories/{slug}/articles', '/api/categories/no-such-category-anywhere/articles', 404);
      await keeps('/categories/{slug}/articles', '/api/categories/politics/articles?pageSize=51', 400);
      await keeps('/corrections', '/api/corrections?page=0', 400);
      await keeps('/articles/by-permalink', '/api/articles/by-permalink', 400);
      await keeps('/articles', '/api/articles?pagination[pageSize]=ten', 400);
    });

    it('search: a query and a bad query', async () => {
      await keeps('/search', '/api/search?q=kosovo&type=article,fact-check&page=1&pageSize=10');
      await keeps('/search', `/api/search?q=${'x'.repeat(201)}`, 400);
      await keeps('/search', '/api/search?q=kosovo&pageSize=51', 400);
    });
  });

  describe('OpenAPI contract: strict enough to fail', () => {
    it('fails an answer with a field the document does not name, a required one missing, or a wrong type', async () => {
      const response = await read(`/api/articles/by-slug/${FIXTURE_SLUGS[0]}`);
      const body = json(response);
      const broken = (data: Record<string, unknown>) => ({ ...response, status: 200, body: JSON.stringify({ ...body, data }) }) as Response;
      const { bodyHtml: _dropped, ...withoutBody } = body.data;
      for (const data of [{ ...body.data, stage: 'draft' }, withoutBody, { ...body.data, title: 42 }, { ...body.data, authors: [{ name: 'No id' }] }])
        expect(contract.problems('/articles/by-slug/{slug}', broken(data))).not.toEqual([]);
    });
  });
});
