import { as, CM, deskSessions, paths } from '../../helpers/editorial-desk';
import { editor, http, unique } from '../../helpers/http';
import { importPaths, post, site, slugOf } from '../../helpers/import-site';
import {
  approvedStory,
  cancelSchedule,
  eventually,
  historyNotes,
  inSeconds,
  schedule,
  SCHEDULES,
  scheduleState,
  type Scheduled,
} from '../../helpers/scheduling';

const bySlug = (slug: string) => http().get(`/api/articles/by-slug/${slug}`);

/** Every public read that could show something of the article before its time, and whether it does. */
async function leaks(story: Scheduled): Promise<string[]> {
  const reads = {
    'by-slug': bySlug(story.slug),
    jsonld: http().get(`/api/articles/by-slug/${story.slug}/jsonld`),
    list: http().get(`/api/articles?filters[slug][$eq]=${story.slug}`),
    sources: http().get(`/api/sources?filters[url][$eq]=${encodeURIComponent(story.sourceUrl)}`),
    highlights: http().get(`/api/highlights?filters[exact][$eq]=${encodeURIComponent('the talks resume on Monday')}&populate=article`),
    'site feed': http().get('/api/feeds/feed.json'),
    rss: http().get('/api/feeds/rss.xml').buffer(true),
    sitemap: http().get('/api/sitemap.xml').buffer(true),
    'news sitemap': http().get('/api/news-sitemap.xml').buffer(true),
  };
  const shown: string[] = [];
  for (const [name, read] of Object.entries(reads)) {
    const response = await read;
    const text = response.text ?? JSON.stringify(response.body);
    if (response.status === 200 && (text.includes(story.slug) || text.includes(story.sourceUrl) || text.includes(story.title))) shown.push(name);
  }
  return shown;
}

describe('Editorial: scheduled publishing', () => {
  let chief: string;
  let reporter: string;

  beforeAll(async () => {
    ({ chief, reporter } = await deskSessions());
  });

  it('keeps a scheduled article off every reader route until its time, then publishes it within seconds, once', async () => {
    const story = await approvedStory(chief);
    const set = await schedule(chief, story.documentId, inSeconds(3));
    expect(set.status).toBe(200);
    expect(set.body.data.pending.publishAt).toBeDefined();
    await bySlug(story.slug).expect(404);
    expect(await leaks(story)).toEqual([]);
    expect(await eventually(async () => (await bySlug(story.slug)).status === 200, 30)).toBe(true);
    expect(await scheduleState(story.documentId)).toBe('published');
    const notes = await historyNotes(chief, story.documentId);
    expect(notes.filter((note) => note.startsWith('Published on schedule'))).toHaveLength(1);
    expect(notes.filter((note) => note.startsWith('Scheduled to publish at'))).toHaveLength(1);
  }, 60000);

  it('publishes a scheduled fact check at its time, and refuses one whose citations still lack sources', async () => {
    const create = async (summary: string) =>
      (await editor.post('/api/fact-checks?status=draft', { data: { title: unique('Scheduled check'), summary } }).expect(201)).body.data as {
        documentId: string;
        slug: string;
      };
    const [ready, unsourced] = [await create('The claim is false.'), await create('The claim is false [1].')];
    for (const { documentId } of [ready, unsourced]) await schedule(chief, documentId, inSeconds(2), 'fact-check').expect(200);
    await http().get(`/api/fact-checks/by-slug/${ready.slug}`).expect(404);
    expect(await eventually(async () => (await http().get(`/api/fact-checks/by-slug/${ready.slug}`)).status === 200, 30)).toBe(true);
    expect(await eventually(async () => (await scheduleState(unsourced.documentId)) === 'refused', 30)).toBe(true);
    await http().get(`/api/fact-checks/by-slug/${unsourced.slug}`).expect(404);
    const panel = await as(chief).get(`${SCHEDULES}/fact-check/${unsourced.documentId}`).expect(200);
    expect(panel.body.data.last.outcome).toMatch(/^Scheduled publish refused .*source/i);
  }, 60000);

  it('imports a post dated in the future as an approved draft scheduled for its date, as Jekyll would show it then', async () => {
    const title = unique('Tomorrow in Brussels');
    const date = new Date(Math.ceil((Date.now() + 3000) / 1000) * 1000);
    const report = await importPaths([site({ [`2026-01-01-${slugOf(title)}.md`]: post(title, `date: ${date.toISOString()}`) })]);
    expect(report.items[0].findings[0]).toBe(`scheduled to publish at ${date.toISOString()}, its date (Jekyll shows no post before it)`);
    await bySlug(slugOf(title)).expect(404);
    expect(await eventually(async () => (await bySlug(slugOf(title))).status === 200, 30)).toBe(true);
    const notes = await historyNotes(chief, report.items[0].documentId as string);
    expect(notes.filter((note) => note.startsWith('Published on schedule'))).toHaveLength(1);
  }, 60000);

  it('changes and cancels a schedule until it fires: a cancelled article stays a draft', async () => {
    const story = await approvedStory(chief);
    await schedule(chief, story.documentId, inSeconds(3600)).expect(200);
    const moved = await schedule(chief, story.documentId, inSeconds(2));
    expect(moved.status).toBe(200);
    await cancelSchedule(chief, story.documentId).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await bySlug(story.slug).expect(404);
    expect(await scheduleState(story.documentId)).toBe('cancelled');
    const notes = await historyNotes(chief, story.documentId);
    expect(notes[0]).toMatch(/^Schedule cancelled/);
    expect(notes[1]).toMatch(/^Rescheduled to/);
    const again = await cancelSchedule(chief, story.documentId);
    expect(again.status).toBe(400);
    expect(paths(again)).toEqual(['publishAt']);
  }, 30000);

  it('keeps a scheduled article whose approval lapsed a draft, with the refusal in its history and on the Scheduled page', async () => {
    const story = await approvedStory(chief);
    await schedule(chief, story.documentId, inSeconds(2)).expect(200);
    // A reporter's change readers would see sends the approved article back for review: the editorial gate then refuses it.
    await as(reporter).put(`${CM}/${story.documentId}`, { deck: 'A rewritten standfirst.' }).expect(200);
    expect(await eventually(async () => (await scheduleState(story.documentId)) === 'refused', 30)).toBe(true);
    await bySlug(story.slug).expect(404);
    const [latest] = await historyNotes(chief, story.documentId);
    expect(latest).toMatch(/^Scheduled publish refused \(due .*\); it stays a draft: .*approved/i);
    const page = await as(chief).get(SCHEDULES).expect(200);
    const refused = (page.body.data.refused as Array<{ documentId: string; title: string; outcome: string }>).find(
      (entry) => entry.documentId === story.documentId,
    );
    expect(refused).toMatchObject({ title: story.title, outcome: latest });
    const panel = await as(chief).get(`${SCHEDULES}/article/${story.documentId}`).expect(200);
    expect(panel.body.data).toMatchObject({ pending: null, last: { state: 'refused', outcome: latest } });
  }, 60000);

  it('ends a pending schedule when the article is published by hand before its time, so it is not published again', async () => {
    const story = await approvedStory(chief);
    await schedule(chief, story.documentId, inSeconds(3600)).expect(200);
    await as(chief).post(`${CM}/${story.documentId}/actions/publish`).expect(200);
    expect(await scheduleState(story.documentId)).toBe('cancelled');
    const panel = await as(chief).get(`${SCHEDULES}/article/${story.documentId}`).expect(200);
    expect(panel.body.data).toMatchObject({ pending: null, last: { state: 'cancelled', outcome: 'Cancelled: published by hand before its time.' } });
  });

  it('lists pending schedules soonest first on the Scheduled page', async () => {
    const [later, sooner] = [await approvedStory(chief), await approvedStory(chief)];
    await schedule(chief, later.documentId, inSeconds(7200)).expect(200);
    await schedule(chief, sooner.documentId, inSeconds(3600)).expect(200);
    const page = await as(chief).get(SCHEDULES).expect(200);
    const ids = (page.body.data.pending as Array<{ documentId: string }>).map((entry) => entry.documentId);
    expect(ids.indexOf(sooner.documentId)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(sooner.documentId)).toBeLessThan(ids.indexOf(later.documentId));
    for (const story of [later, sooner]) await cancelSchedule(chief, story.documentId).expect(200);
  });

  it('refuses a time in the past or not a time at all (400 on publishAt), and an unapproved article (403)', async () => {
    const story = await approvedStory(chief);
    for (const publishAt of [inSeconds(-60), 'next Tuesday', '2026-02-09T08:00:00']) {
      const refused = await schedule(chief, story.documentId, publishAt);
      expect(refused.status).toBe(400);
      expect(paths(refused)).toEqual(['publishAt']);
    }
    const draft = (await as(chief).post(CM, { title: 'Not yet approved' }).expect(201)).body.data as { documentId: string };
    const early = await schedule(chief, draft.documentId, inSeconds(3600));
    expect(early.status).toBe(403);
    expect(early.body.error.message).toMatch(/approved/i);
  });

  it('lets only someone who may publish schedule (a reporter is refused, 403), and answers 404 for no such draft', async () => {
    const story = await approvedStory(chief);
    await schedule(reporter, story.documentId, inSeconds(3600)).expect(403);
    await schedule(chief, 'nosuchdocument000000000000', inSeconds(3600)).expect(404);
    await schedule(chief, story.documentId, inSeconds(3600), 'kicker').expect(400);
    await http()
      .put(`${SCHEDULES}/article/${story.documentId}`)
      .send({ publishAt: inSeconds(3600) })
      .expect(401);
  });
});
