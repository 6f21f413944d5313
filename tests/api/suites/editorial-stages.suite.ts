import { approve, moveStage } from '../../helpers/editorial';
import { ARTICLE, as, category, CM, deskSessions, draftBy, paths, publishAs } from '../../helpers/editorial-desk';
import { editor, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

describe('Editorial workflow: stages', () => {
  let reporter: string;
  let chief: string;
  let sectionEditor: string;
  let sectionEditorEmail: string;

  beforeAll(async () => {
    ({ reporter, chief, sectionEditor, sectionEditorEmail } = await deskSessions());
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

    /** Two new sections: one the section editor edits, one they do not. */
    async function sections(): Promise<{ mine: { documentId: string }; theirs: { documentId: string } }> {
      const [mine, theirs] = [await category('Business'), await category('Living')];
      const me = await strapiInstance()
        .db.query('admin::user')
        .findOne({ where: { email: sectionEditorEmail } });
      await as(chief)
        .put(`/editorial/categories/${mine.documentId}/editors`, { userIds: [me.id] })
        .expect(200);
      return { mine, theirs };
    }

    it('lets a reporter submit for review but not approve or publish (403)', async () => {
      const article = await draftBy(reporter, {});
      expect((await moveStage(article.documentId, 'in-review', reporter)).status).toBe(200);
      expect((await moveStage(article.documentId, 'approved', reporter)).status).toBe(403);
      expect((await moveStage(article.documentId, 'approved')).status).toBe(200);
      await publishAs(reporter, article.documentId).expect(403);
    });

    it('lets a section editor approve in the sections they edit, and nowhere else (403)', async () => {
      const { mine, theirs } = await sections();
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
      const { mine, theirs } = await sections();
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
      ['a review page that is not a number', 'get', '/editorial/review?page=first', undefined, ['page']],
      ['a review page of more than 100', 'get', '/editorial/review?pageSize=101', undefined, ['pageSize']],
      ['a review rule named twice', 'get', '/editorial/review?code=a&code=b', undefined, ['code']],
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
