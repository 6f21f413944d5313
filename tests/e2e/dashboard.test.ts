import type { Page } from 'playwright-core';
import { adminPanelForFile } from '../helpers/admin-panel';
import { screenshot } from '../helpers/browser';
import { approvedDraft } from '../helpers/editorial';
import { unique } from '../helpers/http';
import { strapiInstance } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const panel = adminPanelForFile();
const trusted = { user: null, name: 'Test', can: () => true };

/** Text of Strapi's stock prompts that an offline newsroom must never see. */
const CLUTTER = [/guided tour/i, /Discover your application/i, /Strapi Cloud/i, /Introducing the new Media Library/i, /Read blog post/i];

async function expectNoClutter(page: Page): Promise<void> {
  for (const text of CLUTTER) expect(await page.getByText(text).count()).toBe(0);
  expect(await page.getByRole('link', { name: 'Marketplace' }).count()).toBe(0);
}

const widget = (page: Page, title: string) => page.getByRole('list', { name: title });

interface Desk {
  inReview: string;
  draft: string;
  flagged: string;
  scheduled: string;
}

async function newsroomWork(): Promise<Desk> {
  const strapi = strapiInstance();
  const editorial = strapi.plugin('editorial');
  const desk = {
    inReview: unique('Waiting on the desk'),
    draft: unique('Still being written'),
    flagged: unique('Published past a rule'),
    scheduled: unique('Out at dawn'),
  };
  const inReview = await strapi.documents(ARTICLE).create({ data: { title: desk.inReview } as never });
  await editorial.service('stages').set(inReview.documentId, 'in-review', null, trusted);
  await strapi.documents(ARTICLE).create({ data: { title: desk.draft } as never });
  const flagged = await strapi.documents(ARTICLE).create({ data: { title: desk.flagged } as never });
  await editorial
    .service('review')
    .record(
      ARTICLE,
      flagged.documentId,
      [{ gate: 'image-policy', code: 'ai-undisclosed', path: ['imageCaption'], message: 'The caption does not say the image is AI-generated.' }],
      'import',
    );
  const scheduled = await approvedDraft({ title: desk.scheduled });
  await editorial.service('schedules').set('article', scheduled.documentId, new Date(Date.now() + 86_400_000), trusted);
  return desk;
}

describe('The newsroom dashboard', () => {
  let desk: Desk;

  // First, while the super admin signing in is the install's first user: the one Strapi shows its guided tour to.
  it('shows no guided tour, Strapi Cloud prompt, Media Library banner or Marketplace on the home page, the Media Library and the Content Manager', async () => {
    const page = await panel.signedIn('strapi-super-admin');
    // Strapi shows its tour to the oldest super admin (by createdAt). On a database other test files used before (every
    // file shares one on PostgreSQL) that is someone else, so this user is made the oldest: without that, this test
    // could not fail.
    const users = strapiInstance().db.query('admin::user');
    const [me] = await users.findMany({ orderBy: { id: 'desc' }, limit: 1 });
    await users.update({ where: { id: me.id }, data: { createdAt: new Date('2000-01-01T00:00:00Z') } });
    const [oldest] = await users.findMany({ orderBy: { createdAt: 'asc' }, limit: 1 });
    expect(oldest.id).toBe(me.id);
    await page.reload();
    await widget(page, 'In review').or(page.getByText('No article is waiting on an editor.')).first().waitFor();
    await expectNoClutter(page);

    await page.goto(`${panel.origin}/admin/plugins/upload`);
    await page.getByRole('heading', { name: /Home \(\d+ items?\)/ }).waitFor();
    await expectNoClutter(page);

    await page.goto(`${panel.origin}/admin/content-manager/collection-types/${ARTICLE}`);
    await page.getByRole('heading', { name: 'Article', exact: true }).waitFor();
    await expectNoClutter(page);
    expect([...panel.requestedOrigins]).toEqual([panel.origin]);
  });

  it('shows a chief editor what waits on an editor, the work in every section, what needs review and what is scheduled, each row opening its entry', async () => {
    desk = await newsroomWork();
    const page = await panel.signedIn('provenance-chief-editor');
    await widget(page, 'In review').getByRole('link', { name: desk.inReview }).waitFor();
    await widget(page, 'In my sections').getByRole('link', { name: desk.draft }).waitFor();
    // The widget shows the Needs review page's first rows: the flagged article, or (on a database earlier files filled)
    // whichever comes first there.
    const review = await strapiInstance().plugin('editorial').service('review').list({}, 1, 8);
    await widget(page, 'Needs review')
      .getByRole('link', { name: review.items.some((item: { title: string | null }) => item.title === desk.flagged) ? desk.flagged : review.items[0].title })
      .waitFor();
    await widget(page, 'Scheduled').getByRole('link', { name: desk.scheduled }).waitFor();
    expect(await page.getByText('Last edited entries').count()).toBe(0);
    expect(await page.getByText('Last published entries').count()).toBe(0);
    await expectNoClutter(page);
    // Tall enough for every widget: the home page scrolls inside its own pane, which a full-page shot does not unroll.
    await page.setViewportSize({ width: 1280, height: 1800 });
    await screenshot(page, 'dashboard');

    await widget(page, 'In review').getByRole('link', { name: desk.inReview }).click();
    await page.waitForURL(new RegExp(`/content-manager/collection-types/${ARTICLE}/\\w+`));
    await page.getByRole('heading', { name: desk.inReview }).waitFor();
  });

  it('shows a reporter the articles in review, that they edit no section, and no project statistics', async () => {
    const page = await panel.signedIn('provenance-reporter');
    await widget(page, 'In review').getByRole('link', { name: desk.inReview }).waitFor();
    await page.getByText(/^You edit no section/).waitFor();
    expect(await page.getByText('Project statistics').count()).toBe(0);
    expect(await widget(page, 'In my sections').count()).toBe(0);
    await expectNoClutter(page);
    await screenshot(page, 'dashboard-reporter');
  });
});
