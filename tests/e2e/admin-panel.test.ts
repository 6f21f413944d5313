import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { parseJekyllPost } from '../../src/importer/domain/jekyll-post';
import { adminPanelForFile } from '../helpers/admin-panel';
import { expectVisible } from '../helpers/browser';
import { approvedDraft } from '../helpers/editorial';
import { HARMLESS_TEXT, HOSTILE_BODY, activeContent } from '../helpers/hostile-html';
import { unique } from '../helpers/http';
import { importPaths, site, slugOf } from '../helpers/import-site';
import { strapiInstance } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const CREATE_ARTICLE = `/admin/content-manager/collection-types/${ARTICLE}/create`;
const POSTS = path.resolve(__dirname, '..', '..', '..', 'shared', 'fixtures', 'adriatic', '_posts');
const DODIK = '2026-02-09-dodik-proxy-republika-srpska.md';

const panel = adminPanelForFile();
const signedIn = (roleCode: string): Promise<Page> => panel.signedIn(roleCode);

async function saveNewArticle(page: Page, fields: { title: string; slug?: string }): Promise<void> {
  await page.goto(`${panel.origin}${CREATE_ARTICLE}`);
  await page.getByLabel('Headline').fill(fields.title);
  if (fields.slug) await page.getByLabel('Address (slug)').fill(fields.slug);
  await page.getByRole('button', { name: 'Save' }).click();
}

const findArticle = (title: string) => strapiInstance().documents(ARTICLE).findFirst({ filters: { title } });

describe('The admin panel in a browser', () => {
  it('shows a reporter the schema descriptions as field help', async () => {
    const page = await signedIn('provenance-reporter');
    await page.goto(`${panel.origin}${CREATE_ARTICLE}`);
    await expectVisible(page, 'The headline.');
    await expectVisible(page, 'The section the article is filed under.');
  });

  it("saves a reporter's article as a draft with a slug made from the title", async () => {
    const page = await signedIn('provenance-reporter');
    const title = unique('Reporter files from Prishtinë');
    await saveNewArticle(page, { title });
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    const saved = await findArticle(title);
    expect(saved?.slug).toMatch(/^reporter-files-from-prishtine-/);
    expect(saved?.publishedAt).toBeNull();
  });

  it('lets a chief editor publish the draft a reporter may not', async () => {
    const title = unique('Draft awaiting an editor');
    const draft = await approvedDraft({ title });
    const editUrl = `${panel.origin}/admin/content-manager/collection-types/${ARTICLE}/${draft.documentId}`;

    const reporter = await signedIn('provenance-reporter');
    await reporter.goto(editUrl);
    await expectVisible(reporter, title, 'input');
    expect(await reporter.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);

    const chief = await signedIn('provenance-chief-editor');
    await chief.goto(editUrl);
    const published = chief.waitForResponse((response) => response.url().includes('/actions/publish'));
    await chief.getByRole('button', { name: 'Publish' }).click();
    expect((await published).status()).toBe(200);
    expect(await strapiInstance().documents(ARTICLE).findOne({ documentId: draft.documentId, status: 'published' })).not.toBeNull();
  });

  it('marks the slug field when the slug is already taken', async () => {
    const taken = await strapiInstance()
      .documents(ARTICLE)
      .create({ data: { title: unique('Taken headline') } });
    const page = await signedIn('provenance-reporter');
    const title = unique('Another headline');
    await saveNewArticle(page, { title, slug: taken.slug as string });
    await expectVisible(page, `The slug "${taken.slug}" is already used`);
    expect(await findArticle(title)).toBeNull();
  });

  it("lists an article's highlights with their sources, and what blocks publishing, in the sourcing side panel", async () => {
    const body =
      'A [<mark class="yellow">"return to factory settings"</mark>](https://www.politico.eu/a) and [<mark>no comment</mark>](mailto:desk@example.org).';
    const article = await strapiInstance()
      .documents(ARTICLE)
      .create({ data: { title: unique('Sourced piece'), body } });
    const page = await signedIn('provenance-chief-editor');
    await page.goto(`${panel.origin}/admin/content-manager/collection-types/${ARTICLE}/${article.documentId}`);
    const highlights = page.getByRole('list', { name: 'Highlights' });
    await highlights.getByText('"return to factory settings"').waitFor();
    await highlights.getByText('www.politico.eu').waitFor();
    const problems = page.getByRole('list', { name: 'Problems to fix before publishing' });
    await problems.getByText('links to "mailto:desk@example.org"').waitFor();
  });

  it('updates the sourcing side panel after the editor saves a new highlight', async () => {
    const article = await strapiInstance()
      .documents(ARTICLE)
      .create({ data: { title: unique('Panel after save'), body: 'First paragraph.' } });
    const page = await signedIn('provenance-chief-editor');
    await page.goto(`${panel.origin}/admin/content-manager/collection-types/${ARTICLE}/${article.documentId}`);
    await page.getByText('No highlights in the body.').waitFor();
    await page.getByText('First paragraph.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' A <mark class="green">fresh quote</mark>.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('list', { name: 'Highlights' }).getByText('fresh quote').waitFor();
  });

  it('shows the image-policy finding on the fixture post, applies the disclosure fix and publishes', async () => {
    const post = parseJekyllPost(DODIK, fs.readFileSync(path.join(POSTS, DODIK), 'utf8'), 'Europe/Ljubljana');
    const article = await approvedDraft({ title: unique(post.title), leadImage: post.leadImage });
    const page = await signedIn('provenance-chief-editor');
    await page.goto(`${panel.origin}/admin/content-manager/collection-types/${ARTICLE}/${article.documentId}`);
    await page.getByRole('list', { name: 'Image policy findings' }).getByText('neither caption nor credit tells the reader').waitFor();
    await page.getByRole('button', { name: 'Add a disclosure line to the caption' }).click();
    await page.getByText('The lead image follows the policy.').waitFor();
    const published = page.waitForResponse((response) => response.url().includes('/actions/publish'));
    await page.getByRole('button', { name: 'Publish' }).click();
    expect((await published).status()).toBe(200);
    const saved = await strapiInstance()
      .documents(ARTICLE)
      .findOne({ documentId: article.documentId, status: 'published', populate: ['leadImage'] });
    expect((saved?.leadImage as { caption?: string } | undefined)?.caption).toBe("The proxy's gambit. Image generated with ChatGPT.");
  });

  it('lists an imported post a rule finds something in under Needs review, by rule, and in its stage panel', async () => {
    // Its own title: on PostgreSQL the API suites' import of the same post shares the database, and the list.
    const title = unique('Dodik under review');
    const text = fs.readFileSync(path.join(POSTS, DODIK), 'utf8').replace(/^title: .*$/m, `title: "${title}"`);
    await importPaths([site({ [`2026-02-09-${slugOf(title)}.md`]: text })]);
    const page = await signedIn('provenance-chief-editor');
    await page.goto(`${panel.origin}/admin/plugins/editorial/review`);
    await page.getByRole('combobox', { name: 'Rule' }).click();
    await page.getByRole('option', { name: /^image policy: ai disclosure missing \(\d+\)$/ }).click();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.getByText(/^image policy: This image is AI-generated/).waitFor();
    await row.getByText(/^editorial: Politics articles cite at least one outside source/).waitFor();
    await row.getByRole('link').click();
    await page.waitForURL((url) => url.pathname.includes(`/content-manager/collection-types/${ARTICLE}/`));
    await page.getByText(/^Kept online by the import/).waitFor();
    await page.getByText(/^image policy: This image is AI-generated/).waitFor();
  });

  it('lets a reporter take a suggested kicker, submit the article for review, and shows them publishing refused', async () => {
    const kicker = await strapiInstance()
      .documents('api::kicker.kicker')
      .create({ data: { label: unique('Dayton at 31'), state: 'approved' } } as never);
    const page = await signedIn('provenance-reporter');
    const title = unique('Dodik holds on');
    await page.goto(`${panel.origin}${CREATE_ARTICLE}`);
    await page.getByLabel('Headline').fill(title);
    await page.getByLabel('Kicker', { exact: true }).fill('Dayton');
    await page.getByRole('button', { name: kicker.label as string }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    await page.getByRole('button', { name: 'Move to In review' }).click();
    await page.getByText('Draft → In review').waitFor();
    await page.getByText(/^Publishing: Your role may not publish articles/).waitFor();
    expect(await page.getByRole('button', { name: 'Move to Approved' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
    const saved = await strapiInstance()
      .db.query(ARTICLE)
      .findOne({ where: { title }, populate: { kicker: true } });
    expect([saved?.stage, saved?.kicker?.documentId, saved?.kickerLabel]).toEqual(['in-review', kicker.documentId, kicker.label]);
  });

  it('lets a chief editor approve a proposed kicker on the Kickers page', async () => {
    const kicker = await strapiInstance()
      .documents('api::kicker.kicker')
      .create({ data: { label: unique('Pipe Dreams') } } as never);
    const page = await signedIn('provenance-chief-editor');
    await page.goto(`${panel.origin}/admin/plugins/editorial/kickers`);
    const row = page.getByRole('row', { name: new RegExp(kicker.label as string) });
    await row.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(`“${kicker.label}” is approved.`).waitFor();
    const saved = await strapiInstance()
      .db.query('api::kicker.kicker')
      .findOne({ where: { documentId: kicker.documentId } });
    expect(saved?.state).toBe('approved');
  });

  it('refuses the second of two editors saving one article from stale copies, telling them why', async () => {
    const title = unique('Shared in the newsroom');
    const draft = await strapiInstance()
      .documents(ARTICLE)
      .create({ data: { title, deck: 'The first deck.' } } as never);
    const editUrl = `${panel.origin}/admin/content-manager/collection-types/${ARTICLE}/${draft.documentId}`;
    const saveOf = (page: Page) => page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes(draft.documentId));
    const [first, second] = [await signedIn('provenance-chief-editor'), await signedIn('provenance-chief-editor')];
    for (const page of [first, second]) {
      await page.goto(editUrl);
      await expectVisible(page, title, 'input');
    }

    await first.getByLabel('Standfirst').fill('The deck the first editor wrote.');
    const firstSave = saveOf(first);
    await first.getByRole('button', { name: 'Save' }).click();
    expect((await firstSave).status()).toBe(200);

    await second.getByLabel('Standfirst').fill('The deck the second editor wrote.');
    const secondSave = saveOf(second);
    await second.getByRole('button', { name: 'Save' }).click();
    expect((await secondSave).status()).toBe(409);
    await expectVisible(second, 'after you opened it');
    const stored = await strapiInstance().documents(ARTICLE).findOne({ documentId: draft.documentId });
    expect(stored?.deck).toBe('The deck the first editor wrote.');
  });

  it('shows an article with stored XSS payloads inert in the Content Manager preview: no script runs, no dialog opens', async () => {
    const article = await strapiInstance()
      .documents(ARTICLE)
      .create({ data: { title: unique('Preview under attack'), body: 'Clean on save.' } });
    // The save path cleans bodies, so the payloads go in underneath it, as a database restore or an old import could.
    await strapiInstance().db.connection('articles').where({ document_id: article.documentId }).update({ body: HOSTILE_BODY });
    const page = await signedIn('provenance-chief-editor');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${panel.origin}/admin/content-manager/collection-types/${ARTICLE}/${article.documentId}`);
    await page.getByRole('link', { name: 'Open preview' }).click();
    await page.frameLocator('iframe[title="Preview"]').getByText(HARMLESS_TEXT).waitFor();
    const preview = page.frames().find((frame) => frame.url().includes(`/api/previews/articles/${article.documentId}?status=draft`));
    if (!preview) throw new Error('The preview iframe did not open the signed preview page.');
    await preview.waitForLoadState('load');
    // Evaluated as expressions: the tests compile without the DOM's types.
    expect([await page.evaluate('typeof window.__xss'), await preview.evaluate('typeof window.__xss')]).toEqual(['undefined', 'undefined']);
    expect(activeContent(await preview.content())).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('lets an editor add a correction from the side panel to a published article, which goes out with it', async () => {
    const title = unique('Ferry timetable');
    const draft = await approvedDraft({ title });
    await strapiInstance().documents(ARTICLE).publish({ documentId: draft.documentId });
    const page = await signedIn('provenance-chief-editor');
    await page.goto(`${panel.origin}/admin/content-manager/collection-types/${ARTICLE}/${draft.documentId}`);
    await expectVisible(page, 'Corrections');
    const text = 'The ferry leaves at 7:30, not 8:30.';
    await page.getByLabel('Text').fill(text);
    const added = page.waitForResponse((response) => response.url().includes(`/editorial/articles/${draft.documentId}/corrections`));
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    expect((await added).status()).toBe(200);
    await expectVisible(page, 'Correction published.');
    // The edit view reloads what is stored: its stage history lists the correction, and its form holds the new entry.
    await expectVisible(page, `Correction published: "${text}"`);
    await page.getByLabel('Standfirst').fill('The timetable, corrected.');
    const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes(draft.documentId));
    await page.getByRole('button', { name: 'Save' }).click();
    // A form without the new entry would send the log without it, and the save would be refused as removing it.
    expect((await saved).status()).toBe(200);
    const published = await strapiInstance()
      .documents(ARTICLE)
      .findOne({ documentId: draft.documentId, status: 'published', populate: { corrections: true } } as never);
    expect((published as unknown as { corrections: Array<{ kind: string; text: string }> }).corrections).toEqual([
      expect.objectContaining({ kind: 'correction', text }),
    ]);
  });

  it('makes no request outside the machine', async () => {
    // Every page these tests opened counts; this one makes sure the home page and an edit view are among them.
    const page = await signedIn('provenance-chief-editor');
    await page.goto(`${panel.origin}${CREATE_ARTICLE}`);
    await expectVisible(page, 'The headline.');
    expect([...panel.requestedOrigins]).toContain(panel.origin);
    expect([...panel.requestedOrigins].filter((requested) => requested !== panel.origin)).toEqual([]);
  });
});
