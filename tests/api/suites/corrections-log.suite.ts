import { addCorrection, everyPublicRead, storedLog } from '../../helpers/corrections';
import { bySlug, story } from '../../helpers/delivery';
import { chiefEditorToken } from '../../helpers/editorial';
import { as, CM, paths } from '../../helpers/editorial-desk';
import { adminSession, apiTokenName, editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const ARTICLE = 'api::article.article';

// The corrections log's rule over HTTP: what a save may do to published and unpublished entries, and who made one
// staying private (the corrections suite adds corrections and reads them).
describe('Corrections log', () => {
  describe('Corrections: append-only once published', () => {
    async function corrected() {
      const article = await story();
      await addCorrection('articles', article.documentId, { kind: 'correction', text: 'The bridge is 2.4 km long.' });
      const [entry] = await storedLog(ARTICLE, article.documentId, 'draft');
      return { article, entry };
    }

    it('refuses to rewrite or remove a published entry through the Content Manager, naming the field', async () => {
      const { article, entry } = await corrected();
      const token = await chiefEditorToken();
      const draft = (await as(token).get(`${CM}/${article.documentId}`).expect(200)).body.data;
      const rewritten = await as(token).put(`${CM}/${article.documentId}`, {
        title: draft.title,
        corrections: [{ ...draft.corrections[0], text: 'The bridge is 2 km long.' }],
      });
      expect([rewritten.status, paths(rewritten)]).toEqual([400, ['corrections.0.text']]);
      const removed = await as(token).put(`${CM}/${article.documentId}`, { title: draft.title, corrections: [] });
      expect([removed.status, paths(removed)]).toEqual([400, ['corrections']]);
      expect(await storedLog(ARTICLE, article.documentId, 'published')).toEqual([expect.objectContaining({ key: entry.key, text: entry.text })]);
    });

    it('refuses to rewrite or remove a published entry through the Content API', async () => {
      const { article, entry } = await corrected();
      const sent = { key: entry.key, kind: entry.kind, text: entry.text };
      const rewritten = await editor.put(`/api/articles/${article.documentId}?status=draft`, { data: { corrections: [{ ...sent, kind: 'update' }] } });
      expect([rewritten.status, paths(rewritten)]).toEqual([400, ['corrections.0.kind']]);
      const removed = await editor.put(`/api/articles/${article.documentId}`, { data: { corrections: [{ kind: 'update', text: 'Instead.' }] } });
      expect([removed.status, paths(removed)]).toEqual([400, ['corrections']]);
      await editor.put(`/api/articles/${article.documentId}?status=draft`, { data: { title: article.title } }).expect(200);
      expect((await bySlug(article.slug).expect(200)).body.data.corrections).toEqual([expect.objectContaining({ key: entry.key, text: entry.text })]);
    });

    it('keeps a published entry on the record after the story is unpublished', async () => {
      const { article, entry } = await corrected();
      await as(await chiefEditorToken())
        .post(`${CM}/${article.documentId}/actions/unpublish`)
        .expect(200);
      const removed = await editor.put(`/api/articles/${article.documentId}?status=draft`, { data: { corrections: [] } });
      expect([removed.status, paths(removed)]).toEqual([400, ['corrections']]);
      expect(await storedLog(ARTICLE, article.documentId, 'draft')).toEqual([expect.objectContaining({ key: entry.key })]);
    });

    it('lets the editor of a duplicate drop the entries it copied, as the copy was never published', async () => {
      const { article } = await corrected();
      const copy = await strapiInstance()
        .documents(ARTICLE)
        .clone({ documentId: article.documentId, data: { title: unique('Copy') } } as never);
      const documentId = (copy as unknown as { documentId: string }).documentId;
      expect(await storedLog(ARTICLE, documentId, 'draft')).toHaveLength(1);
      await editor.put(`/api/articles/${documentId}?status=draft`, { data: { corrections: [] } }).expect(200);
      expect(await storedLog(ARTICLE, article.documentId, 'published')).toHaveLength(1);
    });

    it('lets an unpublished entry be fixed, keeping its key and date, and never shows it before it is published', async () => {
      const { article, entry } = await corrected();
      const published = { key: entry.key, kind: entry.kind, text: entry.text };
      const save = (text: string) =>
        editor.put(`/api/articles/${article.documentId}?status=draft`, { data: { corrections: [published, { kind: 'update', text }] } });
      await save('The toll is 5 euros.').expect(200);
      const [, added] = await storedLog(ARTICLE, article.documentId, 'draft');
      await editor
        .put(`/api/articles/${article.documentId}?status=draft`, {
          data: { corrections: [published, { key: added.key, kind: 'update', text: 'The toll is 6 euros.' }] },
        })
        .expect(200);
      const [, fixed] = await storedLog(ARTICLE, article.documentId, 'draft');
      expect(fixed).toMatchObject({ key: added.key, date: added.date, text: 'The toll is 6 euros.' });
      for (const read of await everyPublicRead(article.slug, 'articles')) expect(read).not.toContain('The toll is');
    });

    it('stamps the date and author itself (an API token by its name), whatever the caller sends, and never shows who made an entry', async () => {
      const draft = (
        await editor
          .post('/api/articles?status=draft', {
            data: {
              title: unique('Stamped'),
              corrections: [{ kind: 'update', text: 'Stamped.', date: '1999-01-01T00:00:00.000Z', madeBy: 'Mallory', key: 'mine' }],
            },
          })
          .expect(201)
      ).body.data;
      const [stamped] = await storedLog(ARTICLE, draft.documentId, 'draft');
      expect(stamped.key).not.toBe('mine');
      expect(Date.now() - Date.parse(stamped.date)).toBeLessThan(60_000);
      expect(stamped.madeBy).toBe(`API token "${await apiTokenName()}"`);
      expect(JSON.stringify((await editor.get(`/api/articles/${draft.documentId}?status=draft&populate=corrections`).expect(200)).body)).not.toContain(
        'madeBy',
      );

      const article = await story();
      const session = await adminSession('provenance-chief-editor');
      await addCorrection('articles', article.documentId, { kind: 'update', text: 'Signed.' }, 200, session.token);
      const [signed] = await storedLog(ARTICLE, article.documentId, 'published');
      expect(signed.madeBy).toMatch(/\S/);
      for (const read of [
        ...(await everyPublicRead(article.slug, 'articles')),
        JSON.stringify((await http().get(`/api/articles?populate=corrections&filters[slug]=${article.slug}`)).body),
      ]) {
        expect(read).not.toContain(signed.madeBy);
        expect(read).not.toContain('madeBy');
      }
    });
  });

  describe('Corrections: who made an entry stays private', () => {
    it('refuses a reader a filter, sort or field on who made an entry, as on any private field', async () => {
      for (const query of ['filters[corrections][madeBy][$startsWith]=A', 'populate[corrections][fields][0]=madeBy', 'populate[corrections][sort]=madeBy']) {
        const response = await http().get(`/api/articles?${query}`);
        expect([query, response.status]).toEqual([query, 400]);
      }
    });
  });
});
