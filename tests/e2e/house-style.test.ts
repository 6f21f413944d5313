import type { Page } from 'playwright-core';
import { adminPanelForFile } from '../helpers/admin-panel';
import { approvedDraft } from '../helpers/editorial';
import { unique } from '../helpers/http';
import { strapiInstance } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const SENTENCE = 'The organization said 45% of voters — on February 9, 2026 — agreed.';
const panel = adminPanelForFile();

/** What the body's Markdown editor (CodeMirror 6, one element per line) holds, and what is selected in it. */
const bodyEditor = (page: Page) =>
  page.locator('[data-sourced-markdown="body"] .cm-content').evaluate((element) => ({
    value: [...element.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n'),
    selection: element.ownerDocument.getSelection()?.toString() ?? '',
  }));

describe('House style in the admin panel', () => {
  it('shows advisories as the editor types, selects and applies the date fix in the body, and does not block publishing', async () => {
    const draft = await approvedDraft({ title: unique('House style check') });
    const page = await panel.signedIn('provenance-chief-editor');
    await page.goto(`${panel.origin}/admin/content-manager/collection-types/${ARTICLE}/${draft.documentId}`);
    await page.locator('[data-sourced-markdown="body"] .cm-content').click();
    // Key by key, as an editor types. The em dash has no key: it is entered as an input method enters a character.
    for (const [index, part] of SENTENCE.split('—').entries()) {
      if (index > 0) await page.keyboard.insertText('—');
      await page.keyboard.type(part);
    }

    const advisories = page.getByRole('list', { name: 'House-style advisories' });
    await advisories.getByRole('group', { name: 'UK spelling' }).getByRole('listitem', { name: 'organization' }).waitFor();
    await advisories.getByRole('group', { name: 'Per cent' }).getByRole('listitem', { name: '45%' }).waitFor();
    const date = advisories.getByRole('group', { name: 'European dates' }).getByRole('listitem', { name: 'February 9, 2026' });
    await date.waitFor();

    await advisories.getByRole('listitem', { name: 'organization' }).getByRole('button', { name: 'Show' }).click();
    expect((await bodyEditor(page)).selection).toBe('organization');

    await date.getByRole('button', { name: 'Apply' }).click();
    await advisories.getByRole('group', { name: 'European dates' }).waitFor({ state: 'detached' });
    expect((await bodyEditor(page)).value).toBe('The organization said 45% of voters — on 9 February 2026 — agreed.');

    const published = page.waitForResponse((response) => response.url().includes('/actions/publish'));
    await page.getByRole('button', { name: 'Publish' }).click();
    expect((await published).status()).toBe(200);
    const saved = await strapiInstance().documents(ARTICLE).findOne({ documentId: draft.documentId, status: 'published' });
    expect(saved?.body).toBe('The organization said 45% of voters — on 9 February 2026 — agreed.');
    expect([...panel.requestedOrigins]).toEqual([panel.origin]);
  });

  it('lets a chief editor switch a rule off in Settings, and the side panel stops giving it', async () => {
    const page = await panel.signedIn('provenance-chief-editor');
    await page.goto(`${panel.origin}/admin/settings/house-style`);
    const perCent = page.getByRole('checkbox', { name: 'Per cent' });
    await perCent.click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('House style saved.').waitFor();
    try {
      const draft = await approvedDraft({ title: unique('House style settings'), body: SENTENCE });
      await page.goto(`${panel.origin}/admin/content-manager/collection-types/${ARTICLE}/${draft.documentId}`);
      const advisories = page.getByRole('list', { name: 'House-style advisories' });
      await advisories.getByRole('group', { name: 'European dates' }).waitFor();
      expect(await advisories.getByRole('group', { name: 'Per cent' }).count()).toBe(0);
    } finally {
      await strapiInstance()
        .plugin('house-style')
        .service('settings')
        .update({ rules: { 'per-cent': true } });
    }
  });
});
