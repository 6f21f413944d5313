import type { DeskView } from '../../../src/plugins/editorial/server/src/services/desk';
import { moveStage } from '../../helpers/editorial';
import { as, category, deskSessions, draftBy } from '../../helpers/editorial-desk';
import { adminSession, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const titles = (entries: Array<{ title: string | null }>) => entries.map((entry) => entry.title);

async function deskOf(token: string): Promise<DeskView> {
  return (await as(token).get('/editorial/desk').expect(200)).body.data;
}

describe("The dashboard's desk (GET /editorial/desk)", () => {
  let sessions: Awaited<ReturnType<typeof deskSessions>>;
  let mine: { documentId: string; slug: string };
  let inReview: { documentId: string };
  let inMine: { documentId: string };
  let inTheirs: { documentId: string };

  beforeAll(async () => {
    sessions = await deskSessions();
    const { chief, reporter, sectionEditorEmail } = sessions;
    mine = await category('Desk section');
    const theirs = await category('Desk elsewhere');
    const me = await strapiInstance()
      .db.query('admin::user')
      .findOne({ where: { email: sectionEditorEmail } });
    await as(chief)
      .put(`/editorial/categories/${mine.documentId}/editors`, { userIds: [me.id] })
      .expect(200);
    inReview = await draftBy(reporter, { title: unique('Desk: waiting on an editor'), category: theirs.documentId });
    expect((await moveStage(inReview.documentId, 'in-review', reporter)).status).toBe(200);
    inMine = await draftBy(reporter, { title: unique('Desk: in my section'), category: mine.documentId });
    inTheirs = await draftBy(reporter, { title: unique('Desk: in another section'), category: theirs.documentId });
  });

  const titleOf = async (documentId: string) =>
    (
      (await strapiInstance()
        .db.query('api::article.article')
        .findOne({ where: { documentId, publishedAt: null } })) as { title: string }
    ).title;

  it('lists an article in review for everyone who reads articles, with its stage', async () => {
    const title = await titleOf(inReview.documentId);
    for (const token of [sessions.chief, sessions.reporter, sessions.sectionEditor]) {
      const desk = await deskOf(token);
      expect(desk.inReview.find((entry) => entry.title === title)).toMatchObject({ documentId: inReview.documentId, stage: 'In review' });
    }
  });

  it('lists for a section editor the work in the sections they edit, and not in the others', async () => {
    const desk = await deskOf(sessions.sectionEditor);
    expect(desk.mySections.every).toBe(false);
    expect(desk.mySections.sections).toHaveLength(1);
    expect(titles(desk.mySections.entries)).toContain(await titleOf(inMine.documentId));
    expect(titles(desk.mySections.entries)).not.toContain(await titleOf(inTheirs.documentId));
  });

  it('lists for the chief editor the work in every section', async () => {
    const desk = await deskOf(sessions.chief);
    expect(desk.mySections.every).toBe(true);
    expect(titles(desk.mySections.entries)).toEqual(expect.arrayContaining([await titleOf(inMine.documentId), await titleOf(inTheirs.documentId)]));
  });

  it('tells a reporter, who edits no section, that there is none, with no entries', async () => {
    expect((await deskOf(sessions.reporter)).mySections).toEqual({ every: false, sections: [], entries: [] });
  });

  it('refuses an admin user who may not read articles (403)', async () => {
    const code = unique('no-articles').replace(/\W+/g, '-').toLowerCase();
    await strapiInstance()
      .db.query('admin::role')
      .create({ data: { name: unique('No articles'), code, description: 'Reads nothing.' } });
    const { token } = await adminSession(code);
    await as(token).get('/editorial/desk').expect(403);
  });
});
