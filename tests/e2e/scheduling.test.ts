import { newsroomMoment } from '../../src/domain/newsroom-time';
import { adminPanelForFile } from '../helpers/admin-panel';
import { approvedDraft } from '../helpers/editorial';
import { unique } from '../helpers/http';
import { strapiInstance } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const panel = adminPanelForFile();
const signedIn = (roleCode: string) => panel.signedIn(roleCode, { timezoneId: 'Europe/Sarajevo' });

/** The next whole minute an hour from now, as a datetime-local input takes it in Sarajevo, and the instant it names. */
function anHourAhead(): { input: string; instant: string } {
  const at = new Date(Math.ceil((Date.now() + 3600_000) / 60_000) * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Sarajevo',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { input: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`, instant: at.toISOString() };
}

describe('Scheduling in the admin panel', () => {
  it('lets a chief editor schedule an approved article from its side panel, and lists it under Scheduled and in the list view', async () => {
    const title = unique('Embargoed until the summit');
    const draft = await approvedDraft({ title });
    const page = await signedIn('provenance-chief-editor');
    await page.goto(`${panel.origin}/admin/content-manager/collection-types/${ARTICLE}/${draft.documentId}`);
    const when = anHourAhead();
    await page.getByLabel('Publish at').fill(when.input);
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByText(/^Scheduled to publish on /).waitFor();
    const row = await strapiInstance()
      .db.query('plugin::editorial.schedule')
      .findOne({ where: { targetDocumentId: draft.documentId, state: 'pending' } });
    expect(new Date(row?.publishAt as string).toISOString()).toBe(when.instant);

    await page.goto(`${panel.origin}/admin/plugins/editorial/scheduled`);
    await page.getByRole('row', { name: new RegExp(title) }).waitFor();
    await page.goto(`${panel.origin}/admin/content-manager/collection-types/${ARTICLE}?filters[$and][0][title][$eq]=${encodeURIComponent(title)}`);
    await page.locator('thead').getByText('Scheduled', { exact: true }).waitFor();
    await page
      .locator('tbody tr', { hasText: title })
      // On the newsroom's clock (Ljubljana, the default SITE_TIME_ZONE), written as it writes dates.
      .getByText(newsroomMoment(when.instant, 'Europe/Ljubljana') as string, { exact: true })
      .waitFor();
  });

  it('shows a reporter why they may not schedule, without the time input', async () => {
    const draft = await approvedDraft({ title: unique('Not theirs to schedule') });
    const page = await signedIn('provenance-reporter');
    await page.goto(`${panel.origin}/admin/content-manager/collection-types/${ARTICLE}/${draft.documentId}`);
    await page.getByText(/^Scheduling: Your role may not publish articles/).waitFor();
    expect(await page.getByLabel('Publish at').count()).toBe(0);
  });
});
