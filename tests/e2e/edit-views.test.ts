import type { Page } from 'playwright-core';
import { adminPanelForFile } from '../helpers/admin-panel';
import { screenshot } from '../helpers/browser';
import { approvedDraft } from '../helpers/editorial';
import { unique } from '../helpers/http';
import { strapiInstance } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const FACT_CHECK = 'api::fact-check.fact-check';
const panel = adminPanelForFile();
// The browser sits in another time zone than the newsroom's (Ljubljana): dates must follow the newsroom. An edit view's
// window is tall, so its screenshot shows the whole form (the admin panel scrolls inside the page, out of a full-page
// screenshot); a list's is wide, so it shows every column.
const TALL = { width: 1400, height: 2400 };
const WIDE = { width: 1900, height: 700 };
const signedIn = (viewport = TALL): Promise<Page> => panel.signedIn('provenance-chief-editor', { timezoneId: 'America/New_York', viewport });

const editView = (uid: string, documentId: string) => `${panel.origin}/admin/content-manager/collection-types/${uid}/${documentId}`;
const listView = (uid: string, query = '') => `${panel.origin}/admin/content-manager/collection-types/${uid}${query}`;

const create = (uid: string, data: Record<string, unknown>) =>
  strapiInstance()
    .documents(uid as never)
    .create({ data } as never) as Promise<{ documentId: string }>;

/** The labels of the edit form's fields, in the order they are shown (a required field's "*" and a relation's count left off). */
async function formLabels(page: Page): Promise<string[]> {
  const texts = await page.locator('form label').allTextContents();
  return texts
    .map((text) =>
      text
        .replace(/\*\s*$/, '')
        .replace(/\s*\(\d+\)$/, '')
        .trim(),
    )
    .filter(Boolean);
}

/** The list's column headers, in order. */
async function columns(page: Page): Promise<string[]> {
  await page.locator('thead th').first().waitFor();
  // The text as written: the Content Manager shows headers in capitals.
  return (await page.locator('thead th').allTextContents()).map((text) => text.trim()).filter(Boolean);
}

/** Waits for the list to show only the one article of the test's with this headline. */
async function onlyRow(page: Page, marker: string, headline: string): Promise<void> {
  const rows = page.locator('tbody tr', { hasText: marker });
  await rows.filter({ hasText: headline }).waitFor();
  expect(await rows.count()).toBe(1);
}

describe('Edit views and list views made for editors', () => {
  let marker: string;
  let politics: { documentId: string };
  let article: { documentId: string };

  beforeAll(async () => {
    marker = unique('Desk');
    politics = await create('api::category.category', { name: unique('Politics') });
    const living = await create('api::category.category', { name: unique('Living') });
    // Unique: the archive's own Andraž Tavčar may already be there when test files share a database (PostgreSQL).
    const author = await create('api::author.author', { name: unique('Andraž Tavčar') });
    article = await approvedDraft({
      title: `Dodik holds on ${marker}`,
      kickerLabel: 'Dayton at 31',
      deck: 'The Republika Srpska leader keeps power through a proxy.',
      body: 'He said the court had [<mark class="yellow">no authority over the entity</mark>](https://www.politico.eu/article/dodik-proxy/).',
      category: { connect: [politics.documentId] },
      authors: { connect: [author.documentId] },
      datePublished: '2026-02-08T23:30:00.000Z',
    });
    await create(ARTICLE, { title: `Ferry timetable ${marker}`, category: { connect: [living.documentId] } });
  });

  it('shows the article form with human labels in the order a newsroom writes, and none of the derived fields', async () => {
    const page = await signedIn();
    await page.goto(editView(ARTICLE, article.documentId));
    await page.getByLabel('Headline').waitFor();
    const labels = await formLabels(page);
    const order = ['Headline', 'Kicker', 'Standfirst', 'Body', 'Lead image', 'Byline', 'Section', 'First published', 'Last modified'];
    expect(labels.filter((label) => order.includes(label))).toEqual(order);
    for (const derived of [
      'imageDisclosure',
      'presentation',
      'sources',
      'highlights',
      'kicker',
      'kickerLabel',
      'Image disclosure',
      'Presentation switches',
      'Sources',
      'Highlights',
    ]) {
      expect(labels).not.toContain(derived);
    }
    // One "Kicker": the label input, without the relation it resolves to.
    expect(labels.filter((label) => label === 'Kicker')).toHaveLength(1);
    await screenshot(page, 'edit-article');
  });

  it('lists articles with stage, kicker, section, byline and first-published date in the newsroom format', async () => {
    const page = await signedIn(WIDE);
    await page.goto(listView(ARTICLE, `?filters[$and][0][title][$contains]=${encodeURIComponent(marker)}`));
    await page.locator('tbody tr', { hasText: 'Dodik holds on' }).waitFor();
    const headers = await columns(page);
    for (const column of ['Headline', 'Stage', 'Kicker', 'Section', 'Byline', 'First published']) expect(headers).toContain(column);
    const row = page.locator('tbody tr', { hasText: 'Dodik holds on' });
    // 23:30 UTC on the 8th is the 9th in Ljubljana (and still the 8th in the browser's New York).
    await row.getByText('9 February 2026', { exact: true }).waitFor();
    await row.getByText('Approved', { exact: true }).waitFor();
    await screenshot(page, 'list-articles');
  });

  it('filters the article list by stage and by section', async () => {
    const page = await signedIn();
    await page.goto(listView(ARTICLE, `?filters[$and][0][title][$contains]=${encodeURIComponent(marker)}`));
    await page.locator('tbody tr', { hasText: 'Ferry timetable' }).waitFor();
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: 'Approved', exact: true }).click();
    await page.waitForURL((url) => url.search.includes('stage'));
    await page.locator('tbody tr', { hasText: 'Ferry timetable' }).waitFor({ state: 'detached' });
    await onlyRow(page, marker, 'Dodik holds on');

    await page.goto(
      listView(ARTICLE, `?filters[$and][0][title][$contains]=${encodeURIComponent(marker)}&filters[$and][1][category][documentId][$eq]=${politics.documentId}`),
    );
    await onlyRow(page, marker, 'Dodik holds on');
  });

  it('lists fact checks with their verdict and citation health', async () => {
    const title = unique('What mission does the US perform within KFOR?');
    await create(FACT_CHECK, { title, verdict: 'mostly-true', checkedOn: '2026-02-09', summary: 'Troops stay [1] and rotate [2].' });
    const page = await signedIn(WIDE);
    await page.goto(listView(FACT_CHECK, `?filters[$and][0][title][$eq]=${encodeURIComponent(title)}`));
    const row = page.locator('tbody tr', { hasText: title });
    await row.waitFor();
    const headers = await columns(page);
    for (const column of ['Question', 'Verdict', 'Checked on', 'Citations']) expect(headers).toContain(column);
    await row.getByText('2 cited, 2 without source').waitFor();
    await row.getByText('Mostly true', { exact: true }).waitFor();
    await row.getByText('9 February 2026', { exact: true }).waitFor();
    await screenshot(page, 'list-fact-checks');
  });

  it.each([
    // Each view waits for a label that is not required: a required field's accessible name ends in "*".
    ['fact-check', FACT_CHECK, 'Verdict', () => create(FACT_CHECK, { title: unique('Is KFOR downsizing?'), summary: 'It is [1].' })],
    ['author', 'api::author.author', 'Biography', () => create('api::author.author', { name: unique('Editorial Team'), isHouseByline: true })],
    ['category', 'api::category.category', 'Label shown to readers', () => Promise.resolve(politics)],
    ['kicker', 'api::kicker.kicker', 'Address (slug)', () => create('api::kicker.kicker', { label: unique('NATO 3.0'), state: 'approved' })],
    ['source', 'api::source.source', 'Publisher', () => sourceOfArticle()],
    ['highlight', 'api::highlight.highlight', 'Link as written', () => highlightOfArticle()],
  ])('shows the %s edit view with human labels (screenshot)', async (name, uid, label, made) => {
    const document = await made();
    const page = await signedIn();
    await page.goto(editView(uid, document.documentId));
    await page.getByLabel(label, { exact: true }).first().waitFor();
    expect((await formLabels(page)).map((text) => text.toLowerCase())).not.toContain(name === 'highlight' ? 'exact' : 'slug');
    await screenshot(page, `edit-${name}`);
  });

  async function highlightOfArticle(): Promise<{ documentId: string }> {
    const highlight = await strapiInstance()
      .documents('api::highlight.highlight')
      .findFirst({ filters: { article: { documentId: article.documentId } }, status: 'draft' } as never);
    if (!highlight) throw new Error('The sourcing plugin made no highlight for the article.');
    return highlight;
  }

  async function sourceOfArticle(): Promise<{ documentId: string }> {
    const source = await strapiInstance()
      .documents('api::source.source')
      .findFirst({ filters: { url: { $contains: 'dodik-proxy' } }, status: 'draft' } as never);
    if (!source) throw new Error('The sourcing plugin made no source for the article.');
    return source;
  }
});
