import type { Response } from 'supertest';
import { approve, moveStage } from '../../helpers/editorial';
import { adminSession, editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const CM = '/content-manager/collection-types/api::article.article';
const ARTICLE = 'api::article.article';

const as = (token: string) => ({
  get: (url: string) => http().get(url).set('Authorization', `Bearer ${token}`),
  post: (url: string, body: object = {}) => http().post(url).set('Authorization', `Bearer ${token}`).send(body),
  put: (url: string, body: object) => http().put(url).set('Authorization', `Bearer ${token}`).send(body),
});
const paths = (response: Response) => (response.body.error.details.errors as Array<{ path: string[] }>).map((error) => error.path.join('.'));

describe('Editorial workflow', () => {
  let reporter: string;
  let chief: string;
  let sectionEditor: string;
  let sectionEditorEmail: string;

  beforeAll(async () => {
    const sessions = await Promise.all(['provenance-reporter', 'provenance-chief-editor', 'provenance-section-editor'].map((code) => adminSession(code)));
    [reporter, chief, sectionEditor] = sessions.map((session) => session.token);
    sectionEditorEmail = sessions[2].email;
  });

  async function category(name: string): Promise<{ documentId: string; slug: string }> {
    return (await editor.post('/api/categories', { data: { name: unique(name) } }).expect(201)).body.data;
  }

  /** An article saved in the admin panel by the holder of `token`, as the edit view sends it. */
  async function draftBy(token: string, data: Record<string, unknown>): Promise<{ documentId: string; kickerLabel: string | null }> {
    const response = await as(token).post(CM, { title: unique('Editorial story'), ...data });
    expect(response.status).toBeLessThan(300);
    return response.body.data;
  }

  const publishAs = (token: string, documentId: string) => as(token).post(`${CM}/${documentId}/actions/publish`);

  async function kickerOf(documentId: string, status: 'draft' | 'published' = 'draft') {
    const row = await strapiInstance()
      .db.query(ARTICLE)
      .findOne({
        where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true } },
        populate: { kicker: true },
      });
    return { label: row?.kickerLabel as string | null, kicker: row?.kicker as { documentId: string; label: string; state: string } | null };
  }

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

  describe('Editorial: stages', () => {
    it('refuses to publish an article that is not approved, on the stage', async () => {
      const article = await draftBy(chief, {});
      const refused = await publishAs(chief, article.documentId).expect(400);
      expect(paths(refused)).toEqual(['stage']);
      expect((await moveStage(article.documentId, 'in-review')).status).toBe(200);
      await publishAs(chief, article.documentId).expect(400);
    });

    it('moves one step at a time: a draft cannot jump to approved (400)', async () => {
      const article = await draftBy(chief, {});
      const response = await moveStage(article.documentId, 'approved');
      expect(response.status).toBe(400);
      expect(paths(response)).toEqual(['to']);
    });

    it('lets a reporter submit for review but not approve or publish (403)', async () => {
      const article = await draftBy(reporter, {});
      expect((await moveStage(article.documentId, 'in-review', reporter)).status).toBe(200);
      expect((await moveStage(article.documentId, 'approved', reporter)).status).toBe(403);
      expect((await moveStage(article.documentId, 'approved')).status).toBe(200);
      await publishAs(reporter, article.documentId).expect(403);
    });

    it('lets a section editor approve in the sections they edit, and nowhere else (403)', async () => {
      const mine = await category('Business');
      const theirs = await category('Living');
      const me = await strapiInstance()
        .db.query('admin::user')
        .findOne({ where: { email: sectionEditorEmail } });
      await as(chief)
        .put(`/editorial/categories/${mine.documentId}/editors`, { userIds: [me.id] })
        .expect(200);
      const inMine = await draftBy(reporter, { category: { connect: [{ documentId: mine.documentId }] } });
      const inTheirs = await draftBy(reporter, { category: { connect: [{ documentId: theirs.documentId }] } });
      for (const { documentId } of [inMine, inTheirs]) expect((await moveStage(documentId, 'in-review', reporter)).status).toBe(200);
      expect((await moveStage(inMine.documentId, 'approved', sectionEditor)).status).toBe(200);
      const refused = await moveStage(inTheirs.documentId, 'approved', sectionEditor);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/only in the sections you edit/);
      await publishAs(sectionEditor, inMine.documentId).expect(200);
      const unpublishTheirs = await draftBy(chief, { category: { connect: [{ documentId: theirs.documentId }] } });
      await approve(unpublishTheirs.documentId);
      await publishAs(chief, unpublishTheirs.documentId).expect(200);
      const unpublish = await as(sectionEditor).post(`${CM}/${unpublishTheirs.documentId}/actions/unpublish`);
      expect(unpublish.status).toBe(403);
      expect(unpublish.body.error.message).toMatch(/unpublish articles only in the sections you edit/);
      await as(sectionEditor).post(`${CM}/${inMine.documentId}/actions/unpublish`).expect(200);
    });

    it('keeps a section editor from taking an article out of another section into theirs (400 on category), but lets them file one', async () => {
      const mine = await category('Business');
      const theirs = await category('Living');
      const me = await strapiInstance()
        .db.query('admin::user')
        .findOne({ where: { email: sectionEditorEmail } });
      await as(chief)
        .put(`/editorial/categories/${mine.documentId}/editors`, { userIds: [me.id] })
        .expect(200);
      const elsewhere = await draftBy(reporter, { category: { connect: [{ documentId: theirs.documentId }] } });
      const moved = await as(sectionEditor).put(`${CM}/${elsewhere.documentId}`, { category: { connect: [{ documentId: mine.documentId }] } });
      expect(moved.status).toBe(400);
      expect(moved.body.error.details.errors[0].path).toEqual(['category']);
      const stored = await strapiInstance()
        .db.query(ARTICLE)
        .findOne({ where: { documentId: elsewhere.documentId, publishedAt: null }, populate: { category: true } });
      expect(stored?.category?.documentId).toBe(theirs.documentId);
      const unfiled = await draftBy(reporter, {});
      await as(sectionEditor)
        .put(`${CM}/${unfiled.documentId}`, { category: { connect: [{ documentId: mine.documentId }] } })
        .expect(200);
      await as(chief)
        .put(`${CM}/${elsewhere.documentId}`, { category: { connect: [{ documentId: mine.documentId }] } })
        .expect(200);
    });

    it('sends an approved article back for review when what readers see changes, naming who changed what', async () => {
      const article = await draftBy(chief, { title: unique('Approved then changed'), deck: 'First deck.' });
      await approve(article.documentId);
      const stageOf = async () => (await as(chief).get(`/editorial/articles/${article.documentId}/stage`).expect(200)).body.data;
      await as(reporter).put(`${CM}/${article.documentId}`, { deck: 'First deck.' }).expect(200);
      expect((await stageOf()).stage.id).toBe('approved');
      // The chief editor may approve it: their own edit is their approval.
      await as(chief).put(`${CM}/${article.documentId}`, { deck: 'The chief editor’s deck.' }).expect(200);
      expect((await stageOf()).stage.id).toBe('approved');
      await as(reporter).put(`${CM}/${article.documentId}`, { deck: 'A second deck.', body: 'New words.' }).expect(200);
      const view = await stageOf();
      expect(view.stage.id).toBe('in-review');
      expect(view.history[0]).toEqual(
        expect.objectContaining({
          from: 'approved',
          to: 'in-review',
          userName: 'Test provenance-reporter',
          note: 'Changed after approval (deck, body): back for review.',
        }),
      );
      const refused = await publishAs(chief, article.documentId).expect(400);
      expect(paths(refused)).toEqual(['stage']);
    });

    it('records every stage change with who, when, from, to and the note, and shows the moves allowed', async () => {
      const article = await draftBy(reporter, {});
      expect((await moveStage(article.documentId, 'in-review', reporter, 'Ready for the desk.')).status).toBe(200);
      expect((await moveStage(article.documentId, 'draft', undefined, 'Needs a second source.')).status).toBe(200);
      const view = (await as(reporter).get(`/editorial/articles/${article.documentId}/stage`).expect(200)).body.data;
      expect(view.stage.id).toBe('draft');
      expect(view.history).toEqual([
        { from: 'in-review', to: 'draft', note: 'Needs a second source.', userName: 'Test provenance-chief-editor', at: expect.any(String) },
        { from: 'draft', to: 'in-review', note: 'Ready for the desk.', userName: 'Test provenance-reporter', at: expect.any(String) },
      ]);
      expect(view.moves).toEqual([expect.objectContaining({ to: 'in-review', allowed: true })]);
    });

    it('marks the article published when it is published and approved again when unpublished', async () => {
      const article = await draftBy(chief, {});
      await approve(article.documentId);
      await publishAs(chief, article.documentId).expect(200);
      const stageOf = async () => (await as(chief).get(`/editorial/articles/${article.documentId}/stage`).expect(200)).body.data.stage.id;
      expect(await stageOf()).toBe('published');
      await as(chief).post(`${CM}/${article.documentId}/actions/unpublish`).expect(200);
      expect(await stageOf()).toBe('approved');
    });

    it('marks an article published before the stages existed as published, so its corrections need no new review', async () => {
      const article = await draftBy(chief, {});
      await approve(article.documentId);
      await publishAs(chief, article.documentId).expect(200);
      await strapiInstance()
        .db.query(ARTICLE)
        .updateMany({ where: { documentId: article.documentId }, data: { stage: null } });
      await strapiInstance().plugin('editorial').service('stages').backfillPublished();
      await as(chief).put(`${CM}/${article.documentId}`, { deck: 'A correction.' }).expect(200);
      await publishAs(chief, article.documentId).expect(200);
    });

    it('refuses a stage sent with an article (400) and stores nothing: only the stage control moves it', async () => {
      const title = unique('Sneaky');
      await editor.post('/api/articles?status=draft', { data: { title, stage: 'approved' } }).expect(400);
      expect(await strapiInstance().db.query(ARTICLE).count({ where: { title } })).toBe(0);
    });

    it('refuses a stage sent with a Content Manager save (400 on stage) rather than dropping it, and keeps the stage', async () => {
      const article = await draftBy(chief, {});
      const stageOf = async () => (await as(chief).get(`/editorial/articles/${article.documentId}/stage`).expect(200)).body.data.stage.id;
      for (const [method, url] of [
        ['put', `${CM}/${article.documentId}`],
        ['post', `${CM}/${article.documentId}/actions/publish`],
      ] as const) {
        const refused = await as(chief)[method](url, { deck: 'Sneaked in.', stage: 'approved' });
        expect(refused.status).toBe(400);
        expect(refused.body.error.details.errors[0].path).toEqual(['stage']);
      }
      const title = unique('Sneaky create');
      expect((await as(chief).post(CM, { title, stage: 'published' })).status).toBe(400);
      expect(await strapiInstance().db.query(ARTICLE).count({ where: { title } })).toBe(0);
      expect(await stageOf()).toBe('draft');
      expect(
        (
          await strapiInstance()
            .db.query(ARTICLE)
            .findOne({ where: { documentId: article.documentId } })
        )?.deck ?? null,
      ).toBeNull();
    });
  });

  describe('Editorial: bad input at the boundary', () => {
    const ID = 'anydocumentid000000000000';
    const longNote = 'n'.repeat(1001);
    it.each([
      ['repeated kicker suggestions text', 'get', '/editorial/kickers/suggestions?q=a&q=b', undefined, ['q']],
      ['a kicker state that is none', 'put', `/editorial/kickers/${ID}/state`, { state: 'banana' }, ['state']],
      ['a kicker label that is not text', 'put', `/editorial/kickers/${ID}/label`, { label: 42 }, ['label']],
      ['a kicker merged into an operator object', 'post', `/editorial/kickers/${ID}/merge`, { into: { $ne: 'x' } }, ['into']],
      ['a category merged into nothing', 'post', `/editorial/categories/${ID}/merge`, {}, ['into']],
      ['a category reassigned to a number', 'post', `/editorial/categories/${ID}/reassign`, { into: 5 }, ['into']],
      ['section editors that are not a list', 'put', `/editorial/categories/${ID}/editors`, { userIds: 'all' }, ['userIds']],
      ['a section editor id that is not a number', 'put', `/editorial/categories/${ID}/editors`, { userIds: [1, 'x'] }, ['userIds', '1']],
      ['a stage note over 1,000 characters', 'post', `/editorial/articles/${ID}/stage`, { to: 'in-review', note: longNote }, ['note']],
      ['a stage control for a documentId that cannot be one', 'get', '/editorial/articles/not%20an%20id/stage', undefined, ['documentId']],
      ['a stage move for a documentId that cannot be one', 'post', `/editorial/articles/${'x'.repeat(65)}/stage`, { to: 'in-review' }, ['documentId']],
    ] as const)('answers %s with a 400 naming the field', async (_case, method, url, body, path) => {
      const response = method === 'get' ? await as(chief).get(url) : await as(chief)[method](url, body ?? {});
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.details.errors[0].path).toEqual(path);
    });

    it('keeps the messages the services gave: an empty label, no stage, no such kicker', async () => {
      const label = await as(chief).put(`/editorial/kickers/${ID}/label`, {}).expect(400);
      expect(label.body.error.message).toBe('A kicker needs a label.');
      const stage = await as(chief).post(`/editorial/articles/${ID}/stage`, { to: '' }).expect(400);
      expect(stage.body.error.message).toBe('Say which stage to move the article to.');
      const merge = await as(chief).post(`/editorial/kickers/${ID}/merge`, { into: 7 }).expect(400);
      expect(merge.body.error.message).toBe('No such kicker.');
      await as(chief).put(`/editorial/kickers/${ID}/state`, { state: 'approved' }).expect(404);
    });
  });
});
