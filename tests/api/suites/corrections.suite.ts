import { addCorrection, publishedFactCheck, rssItems, storedLog, type Entry } from '../../helpers/corrections';
import { bySlug, readAsText, story } from '../../helpers/delivery';
import { chiefEditorToken } from '../../helpers/editorial';
import { as, paths } from '../../helpers/editorial-desk';
import { adminSession, editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const ARTICLE = 'api::article.article';

describe('Corrections', () => {
  describe('Corrections: adding one to a published story', () => {
    it('shows it on by-slug, JSON-LD, the corrections list and every feed on the very next read', async () => {
      const article = await story();
      const before = [`/api/articles/by-slug/${article.slug}`, `/api/articles/by-slug/${article.slug}/jsonld`, '/api/corrections', '/api/corrections/rss.xml'];
      // Read once, so each answer is cached and must be dropped by the correction.
      for (const path of [...before, '/api/corrections/feed.json', '/api/feeds/feed.json', '/api/feeds/rss.xml']) await readAsText(path).expect(200);
      const text = unique('The ferry runs twice a day, not once.');
      const added = await addCorrection('articles', article.documentId, { kind: 'correction', text });
      expect(added.body.data).toEqual([expect.objectContaining({ kind: 'correction', text, key: expect.any(String) })]);

      const page = (await bySlug(article.slug).expect(200)).body.data;
      expect(page.corrections).toEqual([{ key: added.body.data[0].key, kind: 'correction', text, date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
      const jsonLd = JSON.parse((await http().get(`/api/articles/by-slug/${article.slug}/jsonld`).expect(200)).text);
      // JSON-LD writes each date on the newsroom's clock with its offset: the same instant as the by-slug answer's.
      expect(jsonLd.correction).toEqual([{ '@type': 'CorrectionComment', text, datePublished: expect.stringMatching(/[+-]\d\d:\d\d$/) }]);
      expect(Date.parse(jsonLd.correction[0].datePublished)).toBe(Date.parse(page.corrections[0].date));
      expect(Date.parse(jsonLd.dateModified)).toBe(Date.parse(page.dateModified));

      const listed = (await http().get('/api/corrections?pageSize=50').expect(200)).body;
      expect(listed.data).toContainEqual({
        ...page.corrections[0],
        story: { type: 'article', documentId: article.documentId, title: article.title, slug: article.slug, url: page.url },
      });
      const correctionsRss = await rssItems('/api/corrections/rss.xml');
      expect(correctionsRss).toContainEqual(
        expect.objectContaining({ title: `Correction: ${article.title}`, link: `${page.url}#correction-${page.corrections[0].key}` }),
      );
      const correctionsJson = (await http().get('/api/corrections/feed.json').expect(200)).body;
      expect(correctionsJson.items).toContainEqual(expect.objectContaining({ title: `Correction: ${article.title}`, content_text: text }));

      const siteItem = (await rssItems('/api/feeds/rss.xml')).find((item) => item.link === page.url);
      expect(siteItem?.categories).toContain('Corrected');
      expect(siteItem?.content).toContain(text);
      const siteJson = (await http().get('/api/feeds/feed.json').expect(200)).body.items.find((item: { url: string }) => item.url === page.url);
      expect(siteJson).toMatchObject({
        tags: expect.arrayContaining(['Corrected']),
        _corrections: { entries: [{ kind: 'correction', text, date: page.corrections[0].date }] },
      });
    });

    it("records it in the article's stage history and moves its dateModified", async () => {
      const article = await story();
      const published = (await bySlug(article.slug).expect(200)).body.data;
      await addCorrection('articles', article.documentId, { kind: 'clarification', text: 'The mayor spoke on Monday.' });
      const view = await as(await chiefEditorToken())
        .get(`/editorial/articles/${article.documentId}/stage`)
        .expect(200);
      expect(view.body.data.history[0]).toMatchObject({ from: 'published', to: 'published', note: 'Clarification published: "The mayor spoke on Monday."' });
      expect(view.body.data.stage.id).toBe('published');
      const after = (await bySlug(article.slug).expect(200)).body.data;
      expect(Date.parse(after.dateModified)).toBeGreaterThan(Date.parse(published.dateModified ?? published.publishedAt));
      expect(after.datePublished).toBe(published.datePublished);
    });

    it('gives a fact check the entry on by-slug and in its ClaimReview, newest first', async () => {
      const factCheck = await publishedFactCheck();
      await addCorrection('fact-checks', factCheck.documentId, { kind: 'correction', text: 'The first ruling was in 2019.' });
      await addCorrection('fact-checks', factCheck.documentId, { kind: 'update', text: 'The court ruled again.' });
      const page = (await http().get(`/api/fact-checks/by-slug/${factCheck.slug}`).expect(200)).body.data;
      expect(page.corrections.map((entry: Entry) => entry.text)).toEqual(['The court ruled again.', 'The first ruling was in 2019.']);
      const review = JSON.parse((await http().get(`/api/fact-checks/by-slug/${factCheck.slug}/jsonld`).expect(200)).text);
      expect(review.correction.map((comment: { text: string }) => comment.text)).toEqual(['The court ruled again.', 'The first ruling was in 2019.']);
      const listed = (await http().get('/api/corrections?pageSize=50').expect(200)).body.data.filter(
        (entry: { story: { documentId: string } }) => entry.story.documentId === factCheck.documentId,
      );
      expect(listed.map((entry: Entry & { story: { type: string } }) => [entry.text, entry.story.type])).toEqual([
        ['The court ruled again.', 'fact-check'],
        ['The first ruling was in 2019.', 'fact-check'],
      ]);
    });

    it('keeps both of two corrections added to one story at once', async () => {
      const article = await story();
      await Promise.all(['First at once.', 'Second at once.'].map((text) => addCorrection('articles', article.documentId, { kind: 'update', text })));
      const texts = (await bySlug(article.slug).expect(200)).body.data.corrections.map((entry: Entry) => entry.text);
      expect(texts.sort()).toEqual(['First at once.', 'Second at once.']);
    });

    it('comes back refused with the findings when the publish is refused, and keeps nothing', async () => {
      const article = await story();
      // Sent back for review since it was published: the editorial gate refuses to publish it as it is.
      await strapiInstance()
        .db.query(ARTICLE)
        .updateMany({ where: { documentId: article.documentId }, data: { stage: 'in-review' } });
      const refused = await addCorrection('articles', article.documentId, { kind: 'update', text: 'Refused.' }, 400);
      expect(paths(refused)).toContain('stage');
      expect(await storedLog(ARTICLE, article.documentId, 'draft')).toEqual([]);
      expect((await bySlug(article.slug).expect(200)).body.data.corrections).toEqual([]);
    });

    it.each([
      ['a kind outside the list', { kind: 'retraction', text: 'x' }, 'kind'],
      ['no text', { kind: 'update', text: '  ' }, 'text'],
      ['a text too long', { kind: 'update', text: 'x'.repeat(2001) }, 'text'],
    ])('answers %s with a 400 naming the field', async (_case, body, field) => {
      const article = await story();
      expect(paths(await addCorrection('articles', article.documentId, body, 400))).toEqual([field]);
    });

    it('refuses a draft (400), an unknown story (404) and a role that may not publish (403)', async () => {
      const draft = (await editor.post('/api/articles?status=draft', { data: { title: unique('Never out') } }).expect(201)).body.data;
      expect(paths(await addCorrection('articles', draft.documentId, { kind: 'update', text: 'x' }, 400))).toEqual(['corrections']);
      await addCorrection('articles', 'nosuchdocument000000000', { kind: 'update', text: 'x' }, 404);
      const reporter = (await adminSession('provenance-reporter')).token;
      await addCorrection('articles', (await story()).documentId, { kind: 'update', text: 'x' }, 403, reporter);
    });
  });

  describe('Corrections: the site-wide list', () => {
    it('lists newest first, a bounded page at a time, and refuses a bad page with a 400', async () => {
      const article = await story();
      for (const text of ['First note.', 'Second note.']) await addCorrection('articles', article.documentId, { kind: 'update', text });
      const mine = (await http().get('/api/corrections?pageSize=50').expect(200)).body.data.filter(
        (entry: { story: { documentId: string } }) => entry.story.documentId === article.documentId,
      );
      expect(mine.map((entry: Entry) => entry.text)).toEqual(['Second note.', 'First note.']);
      const one = (await http().get('/api/corrections?pageSize=1').expect(200)).body;
      expect(one.data).toHaveLength(1);
      expect(one.meta.pagination).toMatchObject({ page: 1, pageSize: 1, total: expect.any(Number) });
      expect(one.meta.pagination.total).toBeGreaterThanOrEqual(2);
      expect(paths(await http().get('/api/corrections?pageSize=5000').expect(400))).toEqual(['pageSize']);
      const past = (await http().get('/api/corrections?page=999999999').expect(200)).body;
      expect([past.data, past.meta.pagination.total]).toEqual([[], one.meta.pagination.total]);
    });
  });
});
