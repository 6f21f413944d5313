import path from 'path';
import type { Page } from 'playwright-core';
import { adminPanelForFile } from '../helpers/admin-panel';
import { screenshot } from '../helpers/browser';
import { approvedDraft } from '../helpers/editorial';
import { editor, prepareEditor, unique } from '../helpers/http';
import { FIXTURES, importPaths } from '../helpers/import-site';
import { strapiInstance } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const FACT_CHECK = 'api::fact-check.fact-check';
const panel = adminPanelForFile();
// Tall enough for a fact check's side panels to show on one screenshot.
const TALL = { viewport: { width: 1280, height: 2000 } };
const editView = (uid: string, documentId: string) => `${panel.origin}/admin/content-manager/collection-types/${uid}/${documentId}`;

/** A published Source on a host of its own, so typing part of the host finds it alone. */
async function source(title: string): Promise<{ documentId: string; host: string }> {
  const host = `${title.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}.example.org`;
  const saved = await editor.post('/api/sources', { data: { url: `https://${host}/report`, title } }).expect(201);
  return { documentId: saved.body.data.documentId, host };
}

async function attach(page: Page, number: number, search: string, name: string): Promise<void> {
  const row = page.getByRole('list', { name: 'Citations' }).getByRole('listitem', { name: `[${number}]`, exact: true });
  await row.getByRole('textbox', { name: `Find a source for [${number}]` }).fill(search);
  await row.getByRole('button', { name }).click();
  await row.getByText('Sourced', { exact: true }).waitFor();
}

/** Clicks Publish and answers the publish request's status, or fails at once if Strapi asks to publish without relations. */
async function publish(page: Page): Promise<number> {
  const published = page.waitForResponse((response) => response.url().includes('/actions/publish'));
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page
    .getByText('Confirmation', { exact: true })
    .waitFor()
    .then(() => {
      throw new Error('Strapi asked to publish without relations.');
    });
  return Promise.race([published.then((response) => response.status()), dialog]);
}

describe('Publishing in the admin panel', () => {
  beforeAll(prepareEditor);

  it('attaches both sources of a fact check citing [1] [2] from its citation rows, by part of their hosts, and publishes it', async () => {
    const [nato, un] = [await source('KFOR facts'), await source('Security Council record')];
    const title = unique('Did KFOR stay?');
    const created = await editor
      .post('/api/fact-checks?status=draft', { data: { title, summary: 'The mission continued in 2025 [1]. The Council renewed it [2].' } })
      .expect(201);
    const { documentId } = created.body.data;
    const page = await panel.signedIn('provenance-chief-editor', TALL);
    await page.goto(editView(FACT_CHECK, documentId));
    const citations = page.getByRole('list', { name: 'Citations' });
    await citations.getByRole('listitem', { name: '[2]', exact: true }).getByText('Cited but no source').waitFor();
    await citations.getByText('“The Council renewed it [2].”').waitFor();

    await attach(page, 1, nato.host.split('.')[0], `KFOR facts (${nato.host})`);
    await attach(page, 2, un.host.slice(0, 20), `Security Council record (${un.host})`);
    await citations.scrollIntoViewIfNeeded();
    await screenshot(page, 'fact-check-citations');
    expect(await publish(page)).toBe(200);

    const read = await editor.get(`/api/fact-checks/${documentId}?populate[citations][populate]=source`).expect(200);
    const cited = (read.body.data.citations as Array<{ number: number; source: { documentId: string } | null }>).map(({ number, source: chosen }) => [
      number,
      chosen?.documentId,
    ]);
    expect(cited).toEqual([
      [1, nato.documentId],
      [2, un.documentId],
    ]);
  });

  it('shows the imported 11-citation fact check as rows to fill, each with its sentences, without opening an accordion', async () => {
    await importPaths([path.join(FIXTURES, 'factchecks')]);
    const factCheck = await strapiInstance()
      .db.query(FACT_CHECK)
      .findOne({ where: { slug: 'us-mission-in-kfor', publishedAt: null } });
    const page = await panel.signedIn('provenance-chief-editor', TALL);
    await page.goto(editView(FACT_CHECK, factCheck.documentId));
    const rows = page.getByRole('list', { name: 'Citations' }).getByRole('listitem');
    await page.getByText('11 citations need attention.').waitFor();
    expect(await rows.count()).toBe(11);
    expect(await page.getByRole('textbox', { name: /^Find a source for \[\d+\]$/ }).count()).toBe(11);
    // The stock repeatable field, with its accordions, is not in the form.
    expect(await page.getByText('citations (').count()).toBe(0);
    await page.getByText('sections (7)').waitFor();
    await page.getByRole('list', { name: 'Citations' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'fact-check-imported-citations');
  });

  it('removes a source listed but never cited from its row, and the save keeps the rest of the list', async () => {
    const [cited, stray] = [await source('Cited report'), await source('Stray report')];
    const link = (documentId: string) => ({ connect: [{ documentId }] });
    const created = await editor
      .post('/api/fact-checks?status=draft', {
        data: {
          title: unique('Was it cited?'),
          summary: 'Only one claim [1].',
          citations: [
            { number: 1, source: link(cited.documentId) },
            { number: 2, source: link(stray.documentId) },
          ],
        },
      })
      .expect(201);
    const page = await panel.signedIn('provenance-chief-editor', TALL);
    await page.goto(editView(FACT_CHECK, created.body.data.documentId));
    const row = page.getByRole('list', { name: 'Citations' }).getByRole('listitem', { name: '[2]', exact: true });
    await row.getByText('Source never cited').waitFor();
    await row.getByRole('button', { name: 'Remove [2] from the list' }).click();
    const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes(created.body.data.documentId));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    expect((await saved).status()).toBe(200);
    const read = await editor.get(`/api/fact-checks/${created.body.data.documentId}?status=draft&populate[citations][populate]=source`).expect(200);
    expect(
      read.body.data.citations.map((citation: { number: number; source: { documentId: string } }) => [citation.number, citation.source?.documentId]),
    ).toEqual([[1, cited.documentId]]);
  });

  it('keeps Publish off for an unapproved article and says why, and on for an approved one, for a chief editor', async () => {
    const waiting = await strapiInstance()
      .documents(ARTICLE)
      .create({ data: { title: unique('Not yet approved') } } as never);
    const page = await panel.signedIn('provenance-chief-editor');
    await page.goto(editView(ARTICLE, waiting.documentId));
    await page
      .getByRole('list', { name: 'Why publishing would be refused' })
      .getByText(/approved/)
      .waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true, disabled: true }).waitFor();
    await screenshot(page, 'article-publish-refused');

    const approved = await approvedDraft({ title: unique('Approved and clean') });
    await page.goto(editView(ARTICLE, approved.documentId));
    await page.getByText('Nothing blocks publishing.').first().waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true, disabled: false }).waitFor();
  });

  it('publishes an approved article with highlights without asking to publish without relations', async () => {
    const url = `https://draft-source-${Date.now()}.example.org/statement`;
    const article = await approvedDraft({ title: unique('Quoted and sourced'), body: `The minister said [<mark class="yellow">we will stay</mark>](${url}).` });
    const page = await panel.signedIn('provenance-chief-editor');
    await page.goto(editView(ARTICLE, article.documentId));
    await page.getByRole('list', { name: 'Highlights' }).getByText('we will stay').waitFor();
    expect(await publish(page)).toBe(200);
    const published = await editor.get(`/api/articles/${article.documentId}?populate=sources`).expect(200);
    expect(published.body.data.sources.map((cited: { url: string }) => cited.url)).toEqual([url]);
  });
});
