import { bySlug, category, deskForSuite, readAsText, story, type Published } from '../../helpers/delivery';
import { editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

describe('Delivery: structured data, lists and feeds', () => {
  const desk = deskForSuite();
  const { filed } = desk;

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
      const article = await filed();
      // Titles refuse markup on save; this one is written underneath, as a database restore or an old import could.
      const hostile = 'Leaders </script><script>alert(1)</script> meet';
      await strapiInstance().db.connection('articles').where({ document_id: article.documentId }).update({ title: hostile });
      const response = await http().get(`/api/articles/by-slug/${article.slug}/jsonld`).expect(200);
      expect(response.text).not.toContain('</script>');
      expect(JSON.parse(response.text).headline).toContain('</script>');
    });

    it('labels an AI image with its credit and IPTC digital source type', async () => {
      const article = await filed({
        leadImage: {
          url: 'https://images.example.org/ai.png',
          origin: 'ai-generated',
          credit: 'Midjourney',
          caption: 'AI-generated illustration of the summit.',
        },
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
      const source = (await editor.post('/api/sources', { data: { url: `https://example.org/${unique('claim').replace(/\W+/g, '-')}` } }).expect(201)).body
        .data;
      const checked = async (verdict: string | null) => {
        const draft = await editor
          .post('/api/fact-checks?status=draft', {
            data: { title: unique('Did KFOR shrink'), summary: 'It did not [1].', verdict, citations: [{ number: 1, source: source.documentId }] },
          })
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

    it.each([
      ['a page of 0', '?page=0', ['page']],
      ['a page that is not a whole number', '?page=1.5', ['page']],
      ['a repeated page', '?page=1&page=2', ['page']],
      ['a page size given as an operator object', '?pageSize[$gt]=0', ['pageSize']],
    ])('answers a list asked for %s with a 400 naming it, not a 500', async (_case, query, path) => {
      for (const list of ['categories', 'kickers']) {
        const response = await http().get(`/api/${list}/any-slug/articles${query}`);
        expect(response.status).toBe(400);
        expect(response.body.error.details.errors[0].path).toEqual(path);
      }
    });

    it('serves RSS 2.0, JSON Feed 1.1 and both sitemaps with their content types', async () => {
      const article = await filed({ datePublished: new Date().toISOString() });
      const kicker = (await bySlug(article.slug).expect(200)).body.data.kicker;
      const cases: Array<[string, RegExp]> = [
        ['/api/feeds/rss.xml', /^application\/rss\+xml/],
        [`/api/feeds/categories/${desk.section.slug}/rss.xml`, /^application\/rss\+xml/],
        [`/api/feeds/kickers/${kicker.slug}/rss.xml`, /^application\/rss\+xml/],
        ['/api/feeds/feed.json', /^application\/feed\+json/],
        [`/api/feeds/categories/${desk.section.slug}/feed.json`, /^application\/feed\+json/],
        [`/api/feeds/kickers/${kicker.slug}/feed.json`, /^application\/feed\+json/],
        ['/api/sitemap.xml', /^application\/xml/],
        ['/api/news-sitemap.xml', /^application\/xml/],
      ];
      for (const [path, type] of cases) {
        const response = await readAsText(path).expect(200);
        expect([path, response.headers['content-type']]).toEqual([path, expect.stringMatching(type)]);
        expect([path, String(response.body).includes(article.slug)]).toEqual([path, true]);
      }
      const feed = (await http().get('/api/feeds/feed.json').expect(200)).body;
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      await http().get('/api/feeds/kickers/no-such-series/rss.xml').expect(404);
    });

    it('never shows a draft in any endpoint, feed or sitemap', async () => {
      const title = unique('Secret draft');
      const draft = (
        await editor
          .post('/api/articles?status=draft', {
            data: { title, body: 'Not yet.', category: desk.section.documentId, kickerLabel: desk.kickerLabel, datePublished: new Date().toISOString() },
          })
          .expect(201)
      ).body.data;
      const kicker = (await strapiInstance()
        .db.query('api::kicker.kicker')
        .findOne({ where: { label: desk.kickerLabel } })) as { slug: string };
      const paths = [
        `/api/articles/by-slug/${draft.slug}`,
        `/api/articles/by-slug/${draft.slug}/jsonld`,
        `/api/categories/${desk.section.slug}/articles?pageSize=50`,
        `/api/kickers/${kicker.slug}/articles?pageSize=50`,
        '/api/feeds/rss.xml',
        '/api/feeds/feed.json',
        `/api/feeds/categories/${desk.section.slug}/rss.xml`,
        `/api/feeds/kickers/${kicker.slug}/feed.json`,
        '/api/sitemap.xml',
        '/api/news-sitemap.xml',
      ];
      for (const path of paths) {
        const response = await readAsText(path);
        expect([path, String(response.body).includes(draft.slug) || String(response.body).includes(title)]).toEqual([path, false]);
      }
    });
  });
});
