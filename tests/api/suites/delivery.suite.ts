import { chiefEditorToken } from '../../helpers/editorial';
import { author, bySlug, deskForSuite, story } from '../../helpers/delivery';
import { editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const ARTICLE = 'api::article.article';

describe('Delivery', () => {
  const desk = deskForSuite();
  const { filed } = desk;

  describe('Delivery: articles by slug', () => {
    it('answers the whole published article in one call, with its body as sanitized HTML', async () => {
      const article = await filed();
      const response = await bySlug(article.slug).expect(200);
      const { data } = response.body;
      expect(data).toMatchObject({ documentId: article.documentId, title: article.title, deck: 'A standfirst.' });
      expect(data.kicker).toMatchObject({ label: desk.kickerLabel });
      expect(data.category).toMatchObject({ documentId: desk.section.documentId });
      expect(data.authors.map((entry: { documentId: string }) => entry.documentId)).toEqual([desk.byline.documentId]);
      expect(data.imageDisclosure).toMatchObject({ origin: 'ai-placeholder', isPlaceholder: true });
      expect(data.highlights).toEqual([
        expect.objectContaining({ exact: 'the mission goes on', source: expect.objectContaining({ url: 'https://www.nato.int/kfor' }) }),
      ]);
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
    it('shows no proposed kicker, however it came to be linked to a published article, until an editor approves it', async () => {
      const article = await filed();
      const proposed = (await editor.post('/api/kickers', { data: { label: unique('Unapproved').slice(0, 60) } }).expect(201)).body.data;
      expect(proposed.state).toBe('proposed');
      const published = await strapiInstance()
        .db.query(ARTICLE)
        .findOne({ where: { documentId: article.documentId, publishedAt: { $notNull: true } } });
      // The query layer, as a link made from the kicker's side would write it: no save pipeline, no publish gate.
      await strapiInstance()
        .db.query(ARTICLE)
        .update({ where: { id: published.id }, data: { kicker: proposed.id } });
      const shown = async () => ({
        bySlug: (await bySlug(article.slug).expect(200)).body.data.kicker,
        jsonLd: (await http().get(`/api/articles/by-slug/${article.slug}/jsonld`).expect(200)).text.includes(proposed.label),
        inCategory: (await http().get(`/api/categories/${desk.section.slug}/articles`).expect(200)).body.data.find(
          (entry: { documentId: string }) => entry.documentId === article.documentId,
        )?.kicker,
        feed: (await http().get(`/api/feeds/categories/${desk.section.slug}/feed.json`).expect(200)).text.includes(proposed.label),
      });
      expect(await shown()).toEqual({ bySlug: null, jsonLd: false, inCategory: null, feed: false });
      await strapiInstance()
        .db.query('api::kicker.kicker')
        .update({ where: { id: proposed.id }, data: { state: 'approved' } });
      expect(await shown()).toEqual({
        bySlug: expect.objectContaining({ label: proposed.label }),
        jsonLd: true,
        inCategory: expect.objectContaining({ label: proposed.label }),
        feed: true,
      });
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
      await http()
        .get('/api/articles')
        .set('If-None-Match', (await http().get('/api/articles').expect(200)).headers.etag)
        .expect(304);
      await editor.put(`/api/articles/${article.documentId}`, { data: { deck: 'A new standfirst.' } }).expect(200);
      const changed = await bySlug(article.slug).set('If-None-Match', first.headers.etag).expect(200);
      expect(changed.headers.etag).not.toBe(first.headers.etag);
    });

    it("answers a cached read with its first answer's security headers, and a browser's cross-origin read with CORS", async () => {
      const article = await filed();
      const first = await bySlug(article.slug).expect(200);
      const again = await bySlug(article.slug).expect(200);
      expect(again.headers['x-content-type-options']).toBe('nosniff');
      for (const header of ['x-content-type-options', 'x-frame-options', 'content-security-policy', 'content-type'])
        expect(again.headers[header]).toBe(first.headers[header]);
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
      await http()
        .put(`/editorial/kickers/${kicker.documentId}/label`)
        .set('Authorization', `Bearer ${await chiefEditorToken()}`)
        .send({ label: renamed })
        .expect(200);
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
      const article = await story({ category: desk.section.documentId, authors: [writer.documentId] });
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
      expect((await http().get(`/api/categories/${desk.section.slug}/articles?pageSize=50`).expect(200)).text).not.toContain(article.title);
    });
  });
});
