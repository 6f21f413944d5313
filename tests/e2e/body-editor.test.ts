import path from 'path';
import type { Page } from 'playwright-core';
import { adminPanelForFile } from '../helpers/admin-panel';
import { SCREENSHOT_DIR, screenshot } from '../helpers/browser';
import { editor, prepareEditor, unique } from '../helpers/http';
import { strapiInstance } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const SOURCE = 'api::source.source';
const CREATE_ARTICLE = `/admin/content-manager/collection-types/${ARTICLE}/create`;
// The site's yellow highlighter (admin/src/editor/colours.ts), as the browser computes it.
const YELLOW = 'rgb(255, 243, 163)';

const panel = adminPanelForFile();
beforeAll(() => prepareEditor());

const body = (page: Page) => page.locator('[data-sourced-markdown="body"]');

/** The Markdown the body editor holds: CodeMirror writes one element per line. */
const bodyText = (page: Page) =>
  body(page)
    .locator('.cm-content')
    .evaluate((element) => [...element.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n'));

/** A new article with a title, its body typed key by key, as a reporter writes one. */
async function newArticle(page: Page, title: string, text: string): Promise<void> {
  await page.goto(`${panel.origin}${CREATE_ARTICLE}`);
  await page.locator('input[name="title"]').fill(title);
  await body(page).locator('.cm-content').click();
  await page.keyboard.type(text);
}

/** Selects words of the single line typed, with the keyboard: to the end, back past what follows, then shift-left over them. */
async function selectWords(page: Page, text: string, words: string): Promise<void> {
  await page.keyboard.press('End');
  for (let i = 0; i < text.length - text.indexOf(words) - words.length; i += 1) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < words.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
}

async function save(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/create'));
  return new URL(page.url()).pathname.split('/').pop() as string;
}

describe('The body editor in the admin panel', () => {
  it('highlights selected words yellow while editing, links them to an existing Source found by its host, and saves them as that Highlight', async () => {
    const host = `desk-${process.pid}-${Date.now()}.example.org`;
    const source = await strapiInstance()
      .documents(SOURCE)
      .create({ data: { url: `https://${host}/statement`, title: unique('Ministry statement') } } as never);
    const page = await panel.signedIn('provenance-chief-editor');
    const text = 'The minister said we will stay until the mission ends.';
    await newArticle(page, unique('Body editor highlight'), text);
    await selectWords(page, text, 'we will stay');

    await page.getByRole('button', { name: 'Highlight yellow' }).click();
    const mark = body(page).locator('.cm-sourced-mark', { hasText: 'we will stay' });
    expect(await mark.evaluate((element) => element.ownerDocument.defaultView?.getComputedStyle(element).backgroundColor)).toBe(YELLOW);

    await page.getByRole('button', { name: 'Link to source' }).click();
    const picker = page.getByRole('dialog', { name: 'Link to source' });
    await picker.getByRole('textbox', { name: 'Search sources or paste an address' }).fill(host.slice(0, 18));
    await picker.getByRole('option', { name: new RegExp(`Ministry statement.*${host}`) }).click();
    await picker.waitFor({ state: 'detached' });
    expect(await bodyText(page)).toBe(`The minister said [<mark class="yellow">we will stay</mark>](https://${host}/statement) until the mission ends.`);
    expect(await mark.getAttribute('title')).toBe(`Source: ${host}`);
    // The caret moved off the quote, so the screenshot shows the mark's colour rather than the selection.
    await page.keyboard.press('End');
    await screenshot(page, 'body-editor');
    // The field alone, small enough for the sourcing README (docs/images/body-editor.png is a copy of it).
    await body(page).screenshot({ path: path.join(SCREENSHOT_DIR, 'body-editor-field.png') });

    const documentId = await save(page);
    const query = `filters[article][documentId][$eq]=${documentId}&status=draft&populate[source][fields][0]=url`;
    const highlights = (await editor.get(`/api/highlights?${query}`).expect(200)).body.data;
    expect(highlights).toEqual([expect.objectContaining({ exact: 'we will stay', colour: 'yellow', source: expect.objectContaining({ url: source.url }) })]);
  });

  it('keeps the link and emphasis of a pasted rich-text fragment and drops its styling', async () => {
    const page = await panel.signedIn('provenance-chief-editor');
    const title = unique('Body editor paste');
    await newArticle(page, title, 'Pasted: ');
    const html =
      '<meta charset="utf-8"><p style="margin:0"><span style="color:#333;font-family:Georgia" class="c1">The <a href="https://example.org/report" target="_blank">audit report</a> was <b>late</b></span> and <i>thin</i>.</p>';
    await body(page)
      .locator('.cm-content')
      .evaluate((element, pasted) => {
        // The page's own constructors: the test's TypeScript has no DOM globals.
        const page = element.ownerDocument.defaultView as unknown as {
          DataTransfer: new () => { setData(type: string, value: string): void };
          ClipboardEvent: new (type: string, init: object) => Parameters<typeof element.dispatchEvent>[0];
        };
        const data = new page.DataTransfer();
        data.setData('text/html', pasted);
        data.setData('text/plain', 'The audit report was late and thin.');
        element.dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, html);
    const expected = 'Pasted: The [audit report](https://example.org/report) was **late** and *thin*.';
    expect(await bodyText(page)).toBe(expected);

    await save(page);
    const saved = await strapiInstance().documents(ARTICLE).findFirst({ filters: { title }, status: 'draft' });
    expect(saved?.body).toBe(expected);
  });

  it('takes a highlight away and keeps its words, and marks a quote linked where a reader cannot follow before saving', async () => {
    const page = await panel.signedIn('provenance-chief-editor');
    const text = 'Officials confirmed the deal on Friday.';
    await newArticle(page, unique('Body editor remove'), text);
    await selectWords(page, text, 'confirmed the deal');
    await page.getByRole('button', { name: 'Highlight green' }).click();
    expect(await bodyText(page)).toBe('Officials <mark class="green">confirmed the deal</mark> on Friday.');
    await page.getByRole('button', { name: 'Remove highlight' }).click();
    expect(await bodyText(page)).toBe(text);

    await page.keyboard.press('End');
    await page.keyboard.type(' See [<mark>the memo</mark>](mailto:desk@example.org).');
    await body(page).locator('.cm-lintRange-error').waitFor();
    await body(page).locator('.cm-lintRange-error').hover();
    await page
      .getByText('The highlight "the memo" links to "mailto:desk@example.org", which is not a web page a reader can follow. Link it to an http(s) address.')
      .waitFor();
  });

  it('offers the citation list after "[" in a fact check, each number with its source by title and host', async () => {
    const host = `agency-${process.pid}-${Date.now()}.example.org`;
    const source = await editor.post('/api/sources', { data: { url: `https://${host}/figures`, title: 'Agency figures' } }).expect(201);
    const factCheck = await editor
      .post('/api/fact-checks?status=draft', {
        data: {
          title: unique('Fact check: citations in the editor'),
          summary: 'Prices rose [1] and fell [2].',
          citations: [{ number: 1, source: source.body.data.documentId }],
        },
      })
      .expect(201);
    const page = await panel.signedIn('provenance-chief-editor');
    await page.goto(`${panel.origin}/admin/content-manager/collection-types/api::fact-check.fact-check/${factCheck.body.data.documentId}`);
    const summary = page.locator('[data-sourced-markdown="summary"] .cm-content');
    await summary.getByText('Prices rose').waitFor();
    await summary.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Wages too [');
    const offered = page.locator('.cm-tooltip-autocomplete li');
    await offered.filter({ hasText: `Agency figures (${host})` }).waitFor();
    expect(await offered.allTextContents()).toEqual([`[1]Agency figures (${host})`, '[2]waiting for a source', '[3]next number: a new citation']);
    // CodeMirror leaves a list's keys to the text for 75 ms after it opens (interactionDelay), so that a key pressed as
    // it appears does not pick from it; an editor reads the list first.
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await summary.textContent()).toBe('Prices rose [1] and fell [2]. Wages too [3]');
  });
});
