import { chiefEditorToken, publishArticle } from '../../helpers/editorial';
import { editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const ARTICLE = 'api::article.article';

interface Published {
  documentId: string;
  slug: string;
  title: string;
}

async function category(name: string): Promise<{ documentId: string; slug: string }> {
  return (await editor.post('/api/categories', { data: { name: unique(name) } }).expect(201)).body.data;
}

async function author(name: string): Promise<{ documentId: string; slug: string }> {
  return (await editor.post('/api/authors', { data: { name: unique(name) } }).expect(201)).body.data;
}

/** A published article with a kicker, a category, an author and one highlight citing an outside source. */
async function story(fields: Record<string, unknown> = {}): Promise<Published> {
  const response = await publishArticle({
    title: unique('Delivery story'),
    deck: 'A standfirst.',
    body: 'NATO said <a href="https://www.nato.int/kfor" class="plain"><mark class="yellow">the mission goes on</mark></a>, and *more*.',
    ...fields,
  });
  return response.body.data;
}

const bySlug = (slug: string) => http().get(`/api/articles/by-slug/${slug}`);

describe('Delivery', () => {
  let section: { documentId: string; slug: string };
  let byline: { documentId: string; slug: string };
  let kickerLabel: string;

  beforeAll(async () => {
    section = await category('Delivery desk');
    byline = await author('Ana Delivery');
    kickerLabel = unique('Series');
  });

  const filed = (extra: Record<string, unknown> = {}) =>
    story({ category: section.documentId, authors: [byline.documentId], kickerLabel, ...extra });

  describe('Delivery: articles by slug', () => {
    it('answers the whole published article in one call, with its body as sanitized HTML', async () => {
      const article = await filed();
      const response = await bySlug(article.slug).expect(200);
      const { data } = response.body;
      expect(data).toMatchObject({ documentId: article.documentId, title: article.title, deck: 'A standfirst.' });
      expect(data.kicker).toMatchObject({ label: kickerLabel });
      expect(data.category).toMatchObject({ documentId: section.documentId });
      expect(data.authors.map((entry: { documentId: string }) => entry.documentId)).toEqual([byline.documentId]);
      expect(data.imageDisclosure).toMatchObject({ origin: 'ai-placeholder', isPlaceholder: true });
      expect(data.highlights).toEqual([expect.objectContaining({ exact: 'the mission goes on', source: expect.objectContaining({ url: 'https://www.nato.int/kfor' }) })]);
      expect(data.sources.map((source: { url: string }) => source.url)).toEqual(['https://www.nato.int/kfor']);
      expect(data.bodyHtml).toBe(
        '<p>NATO said <a href="https://www.nato.int/kfor" class="plain" rel="noopener noreferrer"><mark class="yellow">the mission goes on</mark></a>, and <em>more</em>.</p>',
      );
      expect(data).not.toHaveProperty('kickerLabel');
      expect(data).not.toHaveProperty('stage');
      expect(response.headers['content-type']).toMatch(/^application\/json/);
    });

    it('stamps the first publication date, and keeps it and the address through a corrected re-publish', async () => {
      const before = Date.now();
      const article = await filed();
      const first = (await bySlug(article.slug).expect(200)).body.data;
      expect(Date.parse(first.datePublished)).toBeGreaterThanOrEqual(before - 1000);
      await editor.put(`/api/articles/${article.documentId}?status=published`, { data: { deck: 'Corrected.' } }).expect(200);
      const corrected = (await bySlug(article.slug).expect(200)).body.data;
      expect([corrected.deck, corrected.datePublished, corrected.url]).toEqual(['Corrected.', first.datePublished, first.url]);
    });

    it('answers 404 for an unknown slug, a draft, and a slug that cannot be one', async () => {
      const draft = (await editor.post('/api/articles?status=draft', { data: { title: unique('Never published') } }).expect(201)).body.data;
      await bySlug(draft.slug).expect(404);
      await bySlug('no-such-article-anywhere').expect(404);
      await bySlug('NOT%20A%20SLUG').expect(404);
    });

    it('keeps serving the published version while a newer draft waits', async () => {
      const article = await filed();
      await editor.put(`/api/articles/${article.documentId}?status=draft`, { data: { title: unique('Draft headline') } }).expect(200);
      expect((await bySlug(article.slug).expect(200)).body.data.title).toBe(article.title);
    });
  });

  describe('Delivery: cache', () => {
    it('serves repeated public reads from memory, until a write the response depends on', async () => {
      const article = await filed();
      await bySlug(article.slug).expect(200);
      // Written behind Strapi's back, this change is invisible to the cache: the next read proves it came from memory.
      await strapiInstance().db.connection('articles').where({ document_id: article.documentId }).update({ deck: 'Changed underneath.' });
      expect((await bySlug(article.slug).expect(200)).body.data.deck).toBe('A standfirst.');
      await editor.put(`/api/articles/${article.documentId}`, { data: { deck: 'Edited by an editor.' } }).expect(200);
      expect((await bySlug(article.slug).expect(200)).body.data.deck).toBe('Edited by an editor.');
    });

    it('gives public reads an ETag and Cache-Control, and answers a matching If-None-Match with 304', async () => {
      const article = await filed();
      const first = await bySlug(article.slug).expect(200);
      expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      const again = await bySlug(article.slug).set('If-None-Match', first.headers.etag).expect(304);
      expect(again.text).toBe('');
      await http().get('/api/articles').set('If-None-Match', (await http().get('/api/articles').expect(200)).headers.etag).expect(304);
      await editor.put(`/api/articles/${article.documentId}`, { data: { deck: 'A new standfirst.' } }).expect(200);
      const changed = await bySlug(article.slug).set('If-None-Match', first.headers.etag).expect(200);
      expect(changed.headers.etag).not.toBe(first.headers.etag);
    });

    it("answers a cached read with its first answer's security headers, and a browser's cross-origin read with CORS", async () => {
      const article = await filed();
      const first = await bySlug(article.slug).expect(200);
      const again = await bySlug(article.slug).expect(200);
      expect(again.headers['x-content-type-options']).toBe('nosniff');
      for (const header of ['x-content-type-options', 'x-frame-options', 'content-security-policy', 'content-type']) expect(again.headers[header]).toBe(first.headers[header]);
      expect(again.headers['set-cookie']).toBeUndefined();
      const crossOrigin = await bySlug(article.slug).set('Origin', 'https://reader.example.org').expect(200);
      expect(crossOrigin.headers['access-control-allow-origin']).toBeDefined();
      expect(crossOrigin.text).toBe(first.text);
    });

    it('does not keep a read asked for with made-up query parameters, so they cannot crowd real pages out', async () => {
      const article = await filed();
      await http().get(`/api/articles/by-slug/${article.slug}?buster=1`).expect(200);
      await strapiInstance().db.connection('articles').where({ document_id: article.documentId }).update({ deck: 'Changed underneath.' });
      expect((await http().get(`/api/articles/by-slug/${article.slug}?buster=1`).expect(200)).body.data.deck).toBe('Changed underneath.');
    });

    it('never caches a signed-in read', async () => {
      const article = await filed();
      const response = await editor.get(`/api/articles/by-slug/${article.slug}`).expect(200);
      expect(response.headers['cache-control']).toBe('private, no-store');
      await strapiInstance().db.connection('articles').where({ document_id: article.documentId }).update({ deck: 'Changed underneath.' });
      expect((await editor.get(`/api/articles/by-slug/${article.slug}`).expect(200)).body.data.deck).toBe('Changed underneath.');
    });

    it("shows a kicker's new label on the next read of every article under it", async () => {
      const label = unique('Dayton at 31');
      const [first, second] = [await filed({ kickerLabel: label }), await filed({ kickerLabel: label })];
      for (const article of [first, second]) expect((await bySlug(article.slug).expect(200)).body.data.kicker.label).toBe(label);
      const kicker = (await strapiInstance().db.query('api::kicker.kicker').findOne({ where: { label } })) as { documentId: string; slug: string };
      const renamed = unique('Dayton at Thirty-One');
      await http().put(`/editorial/kickers/${kicker.documentId}/label`).set('Authorization', `Bearer ${await chiefEditorToken()}`).send({ label: renamed }).expect(200);
      for (const article of [first, second]) expect((await bySlug(article.slug).expect(200)).body.data.kicker.label).toBe(renamed);
    });

    it("shows a source's corrected title in every article citing it", async () => {
      const article = await filed();
      const before = (await bySlug(article.slug).expect(200)).body.data.sources[0];
      await editor.put(`/api/sources/${before.documentId}`, { data: { title: 'KFOR mission page' } }).expect(200);
      expect((await bySlug(article.slug).expect(200)).body.data.sources[0].title).toBe('KFOR mission page');
    });

    it("shows an author's corrected name on the articles under the byline, and forgets a deleted article", async () => {
      const writer = await author('Andraz Tavcar');
      const article = await story({ category: section.documentId, authors: [writer.documentId] });
      await bySlug(article.slug).expect(200);
      await editor.put(`/api/authors/${writer.documentId}`, { data: { name: unique('Andraž Tavčar') } }).expect(200);
      expect((await bySlug(article.slug).expect(200)).body.data.authors[0].name).toMatch(/^Andraž Tavčar/);
      await editor.delete(`/api/articles/${article.documentId}`).expect(204);
      await bySlug(article.slug).expect(404);
    });

    it('withdraws an unpublished article from its page, lists and feeds at once', async () => {
      const article = await filed();
      await bySlug(article.slug).expect(200);
      const feed = await http().get('/api/feeds/feed.json').expect(200);
      expect(JSON.stringify(feed.body)).toContain(article.title);
      await strapiInstance().documents(ARTICLE).unpublish({ documentId: article.documentId });
      await bySlug(article.slug).expect(404);
      expect(JSON.stringify((await http().get('/api/feeds/feed.json').expect(200)).body)).not.toContain(article.title);
      expect((await http().get(`/api/categories/${section.slug}/articles?pageSize=50`).expect(200)).text).not.toContain(article.title);
    });
  });

  describe('Delivery: structured data', () => {
    it('describes an article as a schema.org NewsArticle with dated, credited, cited facts', async () => {
      const article = await filed();
      const response = await http().get(`/api/articles/by-slug/${article.slug}/jsonld`).expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
      const jsonLd = JSON.parse(response.text);
      expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: article.title, description: 'A standfirst.' });
      expect(jsonLd.datePublished).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
      expect(jsonLd.author).toEqual([expect.objectContaining({ '@type': 'Person', name: expect.stringContaining('Ana Delivery') })]);
      expect(jsonLd.citation).toEqual([expect.objectContaining({ url: 'https://www.nato.int/kfor' })]);
      expect(jsonLd.url).toMatch(/^https:\/\/the-adriatic\.github\.io\/the-adriatic\/\d{4}\/\d\d\/\d\d\//);
    });

    it('escapes JSON-LD so a frontend can inline it in a script element', async () => {
      const article = await filed({ title: unique('Leaders </script><script>alert(1)</script> meet') });
      const response = await http().get(`/api/articles/by-slug/${article.slug}/jsonld`).expect(200);
      expect(response.text).not.toContain('</script>');
      expect(JSON.parse(response.text).headline).toContain('</script>');
    });

    it('labels an AI image with its credit and IPTC digital source type', async () => {
      const article = await filed({
        leadImage: { url: 'https://images.example.org/ai.png', origin: 'ai-generated', credit: 'Midjourney', caption: 'AI-generated illustration of the summit.' },
      });
      const jsonLd = JSON.parse((await http().get(`/api/articles/by-slug/${article.slug}/jsonld`).expect(200)).text);
      expect(jsonLd.image).toMatchObject({
        '@type': 'ImageObject',
        url: 'https://images.example.org/ai.png',
        creditText: 'Midjourney',
        digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
      });
    });

    it('gives a fact check with a verdict its ClaimReview, and one without none (404)', async () => {
      const source = (await editor.post('/api/sources', { data: { url: `https://example.org/${unique('claim').replace(/\W+/g, '-')}` } }).expect(201)).body.data;
      const checked = async (verdict: string | null) => {
        const draft = await editor
          .post('/api/fact-checks?status=draft', { data: { title: unique('Did KFOR shrink'), summary: 'It did not [1].', verdict, citations: [{ number: 1, source: source.documentId }] } })
          .expect(201);
        return (await editor.put(`/api/fact-checks/${draft.body.data.documentId}?status=published`, { data: {} }).expect(200)).body.data;
      };
      const rated = await checked('false');
      const review = JSON.parse((await http().get(`/api/fact-checks/by-slug/${rated.slug}/jsonld`).expect(200)).text);
      expect(review).toMatchObject({ '@type': 'ClaimReview', claimReviewed: rated.title, reviewRating: { '@type': 'Rating', alternateName: 'False' } });
      const whole = (await http().get(`/api/fact-checks/by-slug/${rated.slug}`).expect(200)).body.data;
      expect(whole.summaryHtml).toBe('<p>It did not [1].</p>');
      expect(whole.citations[0].source.url).toBe(source.url);
      const explainer = await checked(null);
      await http().get(`/api/fact-checks/by-slug/${explainer.slug}/jsonld`).expect(404);
    });
  });

  describe('Delivery: lists, feeds and sitemaps', () => {
    it("lists a category's articles newest first, a bounded page at a time", async () => {
      const own = await category('Listed desk');
      const older = await story({ category: own.documentId, datePublished: '2026-01-01T08:00:00.000Z' });
      const newer = await story({ category: own.documentId, datePublished: '2026-02-01T08:00:00.000Z' });
      const page = await http().get(`/api/categories/${own.slug}/articles?pageSize=1`).expect(200);
      expect(page.body.data.map((entry: Published) => entry.slug)).toEqual([newer.slug]);
      expect(page.body.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 2, total: 2 });
      expect((await http().get(`/api/categories/${own.slug}/articles?page=2&pageSize=1`).expect(200)).body.data[0].slug).toBe(older.slug);
      const refused = await http().get(`/api/categories/${own.slug}/articles?pageSize=5000`).expect(400);
      expect(refused.body.error.details.errors[0].path).toEqual(['pageSize']);
      await http().get('/api/categories/no-such-desk/articles').expect(404);
    });

    it('serves RSS 2.0, JSON Feed 1.1 and both sitemaps with their content types', async () => {
      const article = await filed({ datePublished: new Date().toISOString() });
      const kicker = (await bySlug(article.slug).expect(200)).body.data.kicker;
      const cases: Array<[string, RegExp]> = [
        ['/api/feeds/rss.xml', /^application\/rss\+xml/],
        [`/api/feeds/categories/${section.slug}/rss.xml`, /^application\/rss\+xml/],
        [`/api/feeds/kickers/${kicker.slug}/rss.xml`, /^application\/rss\+xml/],
        ['/api/feeds/feed.json', /^application\/feed\+json/],
        [`/api/feeds/categories/${section.slug}/feed.json`, /^application\/feed\+json/],
        [`/api/feeds/kickers/${kicker.slug}/feed.json`, /^application\/feed\+json/],
        ['/api/sitemap.xml', /^application\/xml/],
        ['/api/news-sitemap.xml', /^application\/xml/],
      ];
      for (const [path, type] of cases) {
        const response = await http().get(path).buffer(true).parse((res, done) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => done(null, text));
        }).expect(200);
        expect([path, response.headers['content-type']]).toEqual([path, expect.stringMatching(type)]);
        expect([path, String(response.body).includes(article.slug)]).toEqual([path, true]);
      }
      const feed = (await http().get('/api/feeds/feed.json').expect(200)).body;
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      await http().get('/api/feeds/kickers/no-such-series/rss.xml').expect(404);
    });

    it('never shows a draft in any endpoint, feed or sitemap', async () => {
      const title = unique('Secret draft');
      const draft = (await editor.post('/api/articles?status=draft', { data: { title, body: 'Not yet.', category: section.documentId, kickerLabel, datePublished: new Date().toISOString() } }).expect(201)).body.data;
      const kicker = (await strapiInstance().db.query('api::kicker.kicker').findOne({ where: { label: kickerLabel } })) as { slug: string };
      const paths = [
        `/api/articles/by-slug/${draft.slug}`,
        `/api/articles/by-slug/${draft.slug}/jsonld`,
        `/api/categories/${section.slug}/articles?pageSize=50`,
        `/api/kickers/${kicker.slug}/articles?pageSize=50`,
        '/api/feeds/rss.xml',
        '/api/feeds/feed.json',
        `/api/feeds/categories/${section.slug}/rss.xml`,
        `/api/feeds/kickers/${kicker.slug}/feed.json`,
        '/api/sitemap.xml',
        '/api/news-sitemap.xml',
      ];
      for (const path of paths) {
        const response = await http().get(path).buffer(true).parse((res, done) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => done(null, text));
        });
        expect([path, String(response.body).includes(draft.slug) || String(response.body).includes(title)]).toEqual([path, false]);
      }
    });
  });
});
