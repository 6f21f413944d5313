import { approve } from '../../helpers/editorial';
import { ARTICLE, as, category, CM, deskSessions, draftBy, kickerOf, paths, publishAs } from '../../helpers/editorial-desk';
import { editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

describe('Editorial workflow: kickers and categories', () => {
  let reporter: string;
  let chief: string;
  let sectionEditor: string;

  beforeAll(async () => {
    ({ reporter, chief, sectionEditor } = await deskSessions());
  });

  describe('Editorial: kickers', () => {
    it("proposes a reporter's new kicker, which blocks publishing on the kicker field until an approver approves it", async () => {
      const label = unique('Western Balkans Summit');
      const article = await draftBy(reporter, { kickerLabel: label });
      const { kicker } = await kickerOf(article.documentId);
      expect(kicker).toMatchObject({ label, state: 'proposed' });
      await approve(article.documentId);
      const refused = await publishAs(chief, article.documentId).expect(400);
      expect(paths(refused)).toEqual(['kickerLabel']);
      expect(refused.body.error.message).toContain('proposed');
      await as(sectionEditor).put(`/editorial/kickers/${kicker?.documentId}/state`, { state: 'approved' }).expect(200);
      await publishAs(chief, article.documentId).expect(200);
    });

    it('finds the existing kicker when a label differs only in case: "Nato 3.0" is "NATO 3.0"', async () => {
      const suffix = unique('').trim();
      const first = await draftBy(chief, { kickerLabel: `NATO 3.0 ${suffix}` });
      const second = await draftBy(reporter, { kickerLabel: `Nato 3.0 ${suffix}` });
      const [one, two] = [await kickerOf(first.documentId), await kickerOf(second.documentId)];
      expect(two.kicker?.documentId).toBe(one.kicker?.documentId);
      expect(two.label).toBe(`NATO 3.0 ${suffix}`);
      expect(one.kicker?.state).toBe('approved');
    });

    it('merges one kicker into another: every article, draft and published, re-pointed, the old kicker retired', async () => {
      const suffix = unique('').trim();
      const target = await draftBy(chief, { kickerLabel: `NATO 3.0 ${suffix}` });
      const published = await draftBy(chief, { kickerLabel: `Nato 3 ${suffix}` });
      const draft = await draftBy(reporter, { kickerLabel: `nato 3 ${suffix}` });
      await approve(published.documentId);
      await publishAs(chief, published.documentId).expect(200);
      const from = (await kickerOf(published.documentId)).kicker;
      const into = (await kickerOf(target.documentId)).kicker;
      const stamps = async () =>
        (
          await strapiInstance()
            .db.query(ARTICLE)
            .findMany({ where: { documentId: published.documentId }, orderBy: { id: 'asc' } })
        ).map((row: { updatedAt: unknown }) => String(row.updatedAt));
      const before = await stamps();
      const merged = await as(chief).post(`/editorial/kickers/${from?.documentId}/merge`, { into: into?.documentId }).expect(200);
      expect(merged.body.data.moved).toBe(2);
      // Re-pointing is not an edit: the published article must not turn "modified".
      expect(await stamps()).toEqual(before);
      for (const [documentId, status] of [
        [published.documentId, 'published'],
        [published.documentId, 'draft'],
        [draft.documentId, 'draft'],
      ] as const) {
        expect(await kickerOf(documentId, status)).toEqual({ label: `NATO 3.0 ${suffix}`, kicker: expect.objectContaining({ documentId: into?.documentId }) });
      }
      const old = await strapiInstance()
        .db.query('api::kicker.kicker')
        .findOne({ where: { documentId: from?.documentId } });
      expect(old.state).toBe('retired');
      const listed = (await as(chief).get('/editorial/kickers').expect(200)).body.data as Array<{ documentId: string; articleCount: number }>;
      expect(listed.find((kicker) => kicker.documentId === into?.documentId)?.articleCount).toBe(3);
    });

    it('refuses to delete a kicker that has articles, and gives the label of a kicker set by relation to the article', async () => {
      const kicker = (await editor.post('/api/kickers', { data: { label: unique('Pipe Dreams'), state: 'approved' } }).expect(201)).body.data;
      const article = (await editor.post('/api/articles?status=draft', { data: { title: unique('By relation'), kicker: kicker.documentId } }).expect(201)).body
        .data;
      expect((await kickerOf(article.documentId)).label).toBe(kicker.label);
      const refused = await editor.delete(`/api/kickers/${kicker.documentId}`).expect(400);
      expect(refused.body.error.message).toMatch(/retire it, or merge it into another kicker/);
    });

    it('refuses a reporter approving, renaming or merging kickers (403)', async () => {
      const article = await draftBy(reporter, { kickerLabel: unique('Reporter series') });
      const { kicker } = await kickerOf(article.documentId);
      await as(reporter).put(`/editorial/kickers/${kicker?.documentId}/state`, { state: 'approved' }).expect(403);
      await as(reporter).put(`/editorial/kickers/${kicker?.documentId}/label`, { label: 'Renamed' }).expect(403);
      await as(reporter).post(`/editorial/kickers/${kicker?.documentId}/merge`, { into: kicker?.documentId }).expect(403);
    });

    it('keeps a kicker on its state table and relabels its articles however it is edited', async () => {
      const kicker = (await editor.post('/api/kickers', { data: { label: unique('Dayton at 30'), state: 'approved' } }).expect(201)).body.data;
      const article = (await editor.post('/api/articles?status=draft', { data: { title: unique('Relabelled'), kickerLabel: kicker.label } }).expect(201)).body
        .data;
      const refused = await editor.put(`/api/kickers/${kicker.documentId}`, { data: { state: 'proposed' } }).expect(400);
      expect(paths(refused)).toEqual(['state']);
      const label = unique('Dayton at 31');
      await editor.put(`/api/kickers/${kicker.documentId}`, { data: { label } }).expect(200);
      expect((await kickerOf(article.documentId)).label).toBe(label);
    });

    it('renames a kicker and the label of every article under it', async () => {
      const article = await draftBy(chief, { kickerLabel: unique('Pipe dreams') });
      const { kicker } = await kickerOf(article.documentId);
      const label = unique('Pipe Dreams');
      const renamed = await as(chief).put(`/editorial/kickers/${kicker?.documentId}/label`, { label }).expect(200);
      expect(renamed.body.data.label).toBe(label);
      expect((await kickerOf(article.documentId)).label).toBe(label);
    });

    it('refuses a kicker over the hard limit typed into an article, on the kicker field', async () => {
      const response = await as(chief)
        .post(CM, { title: unique('Long kicker'), kickerLabel: 'k'.repeat(61) })
        .expect(400);
      expect(paths(response)).toEqual(['kickerLabel']);
    });

    it('shows readers approved kickers only, with their published articles counted, and a series page', async () => {
      const approvedLabel = unique('Dayton at 31');
      const proposedLabel = unique('Rumour mill');
      const article = await draftBy(chief, { kickerLabel: approvedLabel });
      await draftBy(reporter, { kickerLabel: proposedLabel });
      await approve(article.documentId);
      await publishAs(chief, article.documentId).expect(200);
      await draftBy(chief, { kickerLabel: approvedLabel });
      const list = (await http().get('/api/kickers?pagination[pageSize]=100').expect(200)).body.data as Array<{
        label: string;
        articleCount: number;
        slug: string;
      }>;
      expect(list.find((kicker) => kicker.label === approvedLabel)?.articleCount).toBe(1);
      expect(list.some((kicker) => kicker.label === proposedLabel)).toBe(false);
      const { slug } = list.find((kicker) => kicker.label === approvedLabel) as { slug: string };
      const series = await http().get(`/api/kickers/${slug}/articles`).expect(200);
      expect(series.body.data.map((item: { documentId: string }) => item.documentId)).toEqual([article.documentId]);
      expect(series.body.meta.pagination).toEqual({ page: 1, pageSize: 10, pageCount: 1, total: 1 });
      await http().get(`/api/kickers/${slug}/articles?pageSize=500`).expect(400);
      await http().get('/api/kickers/no-such-kicker/articles').expect(404);
    });
  });

  describe('Editorial: categories', () => {
    it('refuses to delete a category that has articles, offering merge or reassign, and merges it', async () => {
      const doomed = await category('Regional');
      const kept = await category('Region');
      const article = await draftBy(chief, { category: { connect: [{ documentId: doomed.documentId }] } });
      const refused = await editor.delete(`/api/categories/${doomed.documentId}`).expect(400);
      expect(refused.body.error.message).toMatch(/merge it into another category or reassign its articles/);
      const merged = await as(chief).post(`/editorial/categories/${doomed.documentId}/merge`, { into: kept.documentId }).expect(200);
      expect(merged.body.data.moved).toBe(1);
      const row = await strapiInstance()
        .db.query(ARTICLE)
        .findOne({ where: { documentId: article.documentId }, populate: { category: true } });
      expect(row.category.documentId).toBe(kept.documentId);
      await editor.get(`/api/categories/${doomed.documentId}`).expect(404);
    });

    it('keeps a politics article without an outside source from publishing, on the body', async () => {
      const politics =
        (await strapiInstance()
          .db.query('api::category.category')
          .findOne({ where: { slug: 'politics' } })) ?? (await editor.post('/api/categories', { data: { name: 'Politics' } }).expect(201)).body.data;
      const article = await draftBy(chief, { body: 'No sources yet.', category: { connect: [{ documentId: politics.documentId }] } });
      await approve(article.documentId);
      const refused = await publishAs(chief, article.documentId).expect(400);
      expect(paths(refused)).toEqual(['body']);
      const cited = 'Officials said [<mark>"no comment"</mark>](https://example.org/statement).';
      await as(chief).put(`${CM}/${article.documentId}`, { body: cited }).expect(200);
      await publishAs(chief, article.documentId).expect(200);
    });
  });
});
