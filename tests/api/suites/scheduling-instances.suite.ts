import request from 'supertest';
import { deskSessions } from '../../helpers/editorial-desk';
import { http } from '../../helpers/http';
import { approvedStory, eventually, type Scheduled, historyNotes, inSeconds, schedule, scheduleState } from '../../helpers/scheduling';
import { startSecondInstance, type SecondInstance } from '../../helpers/second-instance-process';
import { strapiInstance } from '../../helpers/strapi';

interface Scheduler {
  start(): void;
  stop(): Promise<void>;
}

const scheduler = (): Scheduler => strapiInstance().plugin('editorial').service('scheduler') as Scheduler;
const published = (note: string) => note.startsWith('Published on schedule');

describe('Editorial: scheduled publishing across restarts and instances', () => {
  let chief: string;
  let second: SecondInstance | undefined;

  beforeAll(async () => {
    ({ chief } = await deskSessions());
  });

  afterEach(async () => {
    await second?.stop();
    second = undefined;
    scheduler().start();
  });

  it('publishes on the next start what came due while no instance ran, and says so in the history', async () => {
    // This process's scheduler stands down: the only one running is the second instance's, which is then killed.
    await scheduler().stop();
    second = await startSecondInstance();
    const story = await approvedStory(chief);
    await schedule(chief, story.documentId, inSeconds(3)).expect(200);
    await second.kill();
    await new Promise((resolve) => setTimeout(resolve, 7000));
    expect(await scheduleState(story.documentId)).toBe('pending');
    await http().get(`/api/articles/by-slug/${story.slug}`).expect(404);

    second = await startSecondInstance();
    const origin = second.origin;
    expect(await eventually(async () => (await request(origin).get(`/api/articles/by-slug/${story.slug}`)).status === 200, 30)).toBe(true);
    const notes = (await historyNotes(chief, story.documentId)).filter(published);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/late: no instance was running at its time, so it went out when the CMS next started/);
  }, 120000);

  // Two instances on one database is a PostgreSQL deployment; an SQLite file belongs to one process.
  if (process.env.DATABASE_CLIENT === 'postgres')
    it('publishes each scheduled article once although two instances look for due schedules at the same moment', async () => {
      second = await startSecondInstance();
      const stories: Scheduled[] = [];
      for (let index = 0; index < 6; index += 1) stories.push(await approvedStory(chief));
      const at = inSeconds(3);
      for (const story of stories) await schedule(chief, story.documentId, at).expect(200);
      const allOut = async () => (await Promise.all(stories.map((story) => scheduleState(story.documentId)))).every((state) => state === 'published');
      expect(await eventually(allOut, 30)).toBe(true);
      // A second publish would record a second move: let both schedulers tick a few more times first.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      for (const story of stories) expect((await historyNotes(chief, story.documentId)).filter(published)).toHaveLength(1);
      const rows = await strapiInstance()
        .db.query('api::article.article')
        .count({ where: { documentId: { $in: stories.map((story) => story.documentId) }, publishedAt: { $notNull: true } } });
      expect(rows).toBe(stories.length);
    }, 120000);
});
