import fs from 'fs';
import path from 'path';
import type { ImportReport } from '../../../src/importer/run-import';
import { renderReport } from '../../../src/importer/report';
import { draftArticle, importPaths, needsReview, post, publishedArticle, site, slugOf } from '../../helpers/import-site';
import { editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

describe('Importer: changes, bad input and dry runs', () => {
  it('updates a changed post in place and leaves its highlights alone', async () => {
    const title = unique('Changing post');
    const file = `2026-03-01-${slugOf(title)}.md`;
    const body = 'She said [<mark class="green">it will not happen</mark>](https://example.org/said).';
    await importPaths([site({ [file]: post(title, '', body) })]);
    const [before] = await publishedArticle(slugOf(title));
    const report = await importPaths([site({ [file]: post(`${title} again`, '', body) })]);
    expect(report.tally.Article).toEqual({ created: 0, updated: 1, unchanged: 0, failed: 0 });
    expect(report.tally.Highlight).toEqual({ created: 0, updated: 0, unchanged: 1, failed: 0 });
    const after = await publishedArticle(slugOf(title));
    expect(after).toHaveLength(1);
    expect(after[0].title).toBe(`${title} again`);
    expect(after[0].highlights[0].documentId).toBe(before.highlights[0].documentId);
  });

  it('reports each bad file with its reason and imports the rest', async () => {
    const good = unique('Good post');
    const dir = site({
      [`2026-03-02-${slugOf(good)}.md`]: post(good),
      '2026-03-02-broken-yaml.md': '---\ntitle: "unclosed\nauthor: [x\n---\nBody\n',
      '2026-03-02-no-title.md': post('').replace('title: ""\n', ''),
    });
    fs.symlinkSync(path.join(dir, 'missing.md'), path.join(dir, '_posts', '2026-03-02-unreadable.md'));
    const report = await importPaths([dir]);
    expect(report.tally.Article).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 3 });
    const reasons = Object.fromEntries(report.items.filter((item) => item.outcome === 'failed').map((item) => [path.basename(item.file), item.reason]));
    expect(reasons).toEqual({
      '2026-03-02-broken-yaml.md': expect.stringMatching(/^malformed front matter/),
      '2026-03-02-no-title.md': 'missing title',
      '2026-03-02-unreadable.md': 'unreadable file (ENOENT)',
    });
    expect(await publishedArticle(slugOf(good))).toHaveLength(1);
  });

  it('treats kickers and categories that differ only in case as one', async () => {
    const kicker = `Series ${process.pid}x${Date.now()}`;
    const dir = site({
      [`2026-03-03-${slugOf(unique('case a'))}.md`]: post(unique('Case A'), `kicker: "${kicker.toLowerCase()}"\ncategory: desk${process.pid}`),
      [`2026-03-03-${slugOf(unique('case b'))}.md`]: post(unique('Case B'), `kicker: "${kicker.toUpperCase()}"\ncategory: Desk${process.pid}`),
    });
    const report = await importPaths([dir]);
    expect(report.tally.Kicker.created).toBe(1);
    expect(report.tally.Category.created).toBe(1);
    const kickers = (
      await http()
        .get(`/api/kickers?filters[slug][$eq]=${slugOf(kicker)}&populate[articles]=true`)
        .expect(200)
    ).body.data;
    expect(kickers.map((found: { label: string; articles: unknown[] }) => [found.label, found.articles.length])).toEqual([[kicker.toUpperCase(), 2]]);
  });

  it('adopts an article already in the CMS under the same slug instead of making a second one', async () => {
    const title = unique('Already here');
    await editor.post('/api/articles?status=draft', { data: { title, body: 'Typed in the CMS.' } }).expect(201);
    const report = await importPaths([site({ [`2026-03-04-${slugOf(title)}.md`]: post(title, '', 'From the archive.') })]);
    expect(report.tally.Article).toEqual({ created: 0, updated: 1, unchanged: 0, failed: 0 });
    const found = await publishedArticle(slugOf(title));
    expect(found.map((article) => article.body)).toEqual(['From the archive.']);
  });

  it('writes nothing on a dry run but says what it would do', async () => {
    const title = unique('Dry run');
    const report = await importPaths([site({ [`2026-03-05-${slugOf(title)}.md`]: post(title) })], { dryRun: true });
    expect(report.tally.Article.created).toBe(1);
    const drafts = await editor.get(`/api/articles?status=draft&filters[slug][$eq]=${slugOf(title)}`).expect(200);
    expect(drafts.body.data).toHaveLength(0);
  });

  it('clears what the delivery cache held for the lists a batch of new posts joins', async () => {
    const kicker = unique('Batch series');
    const first = unique('First of the series');
    const second = unique('Second of the series');
    await importPaths([site({ [`2026-03-10-${slugOf(first)}.md`]: post(first, `kicker: ${kicker}`) })]);
    const list = () =>
      http()
        .get(`/api/kickers/${slugOf(kicker)}/articles`)
        .expect(200);
    expect((await list()).text).toContain(first);
    expect((await list()).text).not.toContain(second);
    const report = await importPaths([site({ [`2026-03-11-${slugOf(second)}.md`]: post(second, `kicker: ${kicker}`) })]);
    expect(report.tally.Article.created).toBe(1);
    expect((await list()).text).toContain(second);
  });

  it('reports what a post keeps but cannot show as the old site did, by line, and still imports it', async () => {
    const title = unique('Lossy post');
    const figure = '<figure><img src="/x.jpg" alt="A bridge"><figcaption>The bridge.</figcaption></figure>';
    const body = `A <mark class="purple">purple quote</mark>.\n\n{% include figure.html %}\n\n${figure} <img src="data:image/png;base64,AA">`;
    const file = `2026-03-12-${slugOf(title)}.md`;
    const report = await importPaths([site({ [file]: post(title, '', body) })]);
    const item = report.items.find((entry) => entry.file.endsWith(file));
    expect(item?.outcome).toBe('created');
    expect(item?.losses).toEqual([
      expect.stringMatching(/^line 8: the mark colour "purple" is not one of .*: kept as written, shown in the default colour$/),
      expect.stringMatching(/^line 10: the Liquid tag \{% include figure\.html %\} is kept as written/),
      expect.stringMatching(/^line 12: the image from "data:image\/png;base64,AA" is not kept/),
    ]);
    // The figure and the old colour are kept as written; only the image from a data address goes.
    const stored = (await draftArticle(slugOf(title))).body;
    expect(stored).toContain(figure);
    expect(stored).toContain('<mark class="purple">');
    expect(stored).not.toContain('data:');
    expect(renderReport(report, '/')).toContain('Kept, but not shown as the old site showed it (1 files):');
  });

  it('holds back what a rule finds when asked to, and reports again only what an editor has not fixed since', async () => {
    const [fixed, left] = [unique('Fixed since'), unique('Left as is')];
    const body = 'Write to [<mark>the desk</mark>](mailto:desk@example.org).';
    const archive = site({ [`2026-03-13-${slugOf(fixed)}.md`]: post(fixed, '', body), [`2026-03-14-${slugOf(left)}.md`]: post(left, '', body) });
    const findingsOf = (report: ImportReport, title: string) => report.items.find((item) => item.file.includes(slugOf(title)))?.findings;
    const first = await importPaths([archive], { mode: 'hold' });
    expect(findingsOf(first, fixed)).toEqual([expect.stringMatching(/^kept as a draft, not published: body: /)]);
    expect(await publishedArticle(slugOf(fixed))).toHaveLength(0);
    const draft = await draftArticle(slugOf(fixed));
    const { stage } = await strapiInstance()
      .db.query('api::article.article')
      .findOne({ where: { documentId: draft.documentId }, select: ['stage'] });
    expect(stage).toBe('approved');
    await editor
      .put(`/api/articles/${draft.documentId}?status=draft`, { data: { body: 'Write to [<mark>the desk</mark>](https://example.org/desk).' } })
      .expect(200);
    const again = await importPaths([archive], { mode: 'hold' });
    expect(again.tally.Article.unchanged).toBe(2);
    expect(findingsOf(again, fixed)).toEqual([]);
    expect(findingsOf(again, left)).toEqual(findingsOf(first, left));
  });

  it('keeps a post the old site published online, listed for review until an editor publishes it fixed', async () => {
    const [fixed, left] = [unique('Reviewed since'), unique('Still to review')];
    const body = 'Write to [<mark>the desk</mark>](mailto:desk@example.org).';
    const archive = site({ [`2026-03-15-${slugOf(fixed)}.md`]: post(fixed, '', body), [`2026-03-16-${slugOf(left)}.md`]: post(left, '', body) });
    const findingsOf = (report: ImportReport, title: string) => report.items.find((item) => item.file.includes(slugOf(title)))?.findings;
    const listed = async () => (await needsReview()).items.map((item) => item.slug);
    const first = await importPaths([archive]);
    expect(findingsOf(first, fixed)).toEqual([expect.stringMatching(/^published, needs review: body: /)]);
    expect(await publishedArticle(slugOf(fixed))).toHaveLength(1);
    expect(await listed()).toEqual(expect.arrayContaining([slugOf(fixed), slugOf(left)]));

    const draft = await draftArticle(slugOf(fixed));
    await editor
      .put(`/api/articles/${draft.documentId}?status=draft`, { data: { body: 'Write to [<mark>the desk</mark>](mailto:desk@example.org) again.' } })
      .expect(200);
    const refused = await editor.put(`/api/articles/${draft.documentId}?status=published`, { data: {} }).expect(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['body']);
    expect(await listed()).toContain(slugOf(fixed));

    await editor
      .put(`/api/articles/${draft.documentId}?status=published`, { data: { body: 'Write to [<mark>the desk</mark>](https://example.org/desk).' } })
      .expect(200);
    expect(await listed()).not.toContain(slugOf(fixed));
    const again = await importPaths([archive]);
    expect(again.tally.Article.unchanged).toBe(2);
    expect(findingsOf(again, fixed)).toEqual([]);
    expect(findingsOf(again, left)).toEqual(findingsOf(first, left));
  });

  it('imports as drafts when asked, listing what would block publishing', async () => {
    const title = unique('Draft mode');
    const body = 'Write to [<mark>the desk</mark>](mailto:desk@example.org).';
    const report = await importPaths([site({ [`2026-03-06-${slugOf(title)}.md`]: post(title, '', body) })], { mode: 'draft' });
    expect(report.tally.Article.created).toBe(1);
    expect(report.items[report.items.length - 1].findings).toEqual([expect.stringMatching(/^would not be published: body: /)]);
    expect(await publishedArticle(slugOf(title))).toHaveLength(0);
  });
});
