import fs from 'fs';
import os from 'os';
import path from 'path';
import { storedLog } from '../../helpers/corrections';
import { bySlug } from '../../helpers/delivery';
import { unique } from '../../helpers/http';
import { importPaths, post, site, slugOf } from '../../helpers/import-site';
import { strapiInstance } from '../../helpers/strapi';
import { runExport } from '../../../src/exporter/run-export';

const ARTICLE = 'api::article.article';

describe("Corrections: a Jekyll post's correction notes on import", () => {
  const title = unique('Ferry strike');
  const file = `2026-02-19-${slugOf(title)}.md`;
  const frontMatter = 'date: 2026-02-19 08:00\ncorrections:\n  - kind: clarification\n    text: The strike was called by the dockers.\n    date: 2026-02-20';
  const body = 'The ferries stopped at noon.\n\n*Update (21 February 2026):* The ferries run again.';
  const text = post(title, frontMatter, body);
  let documentId: string;

  beforeAll(async () => {
    const report = await importPaths([site({ [file]: text })]);
    expect(report.items.map((item) => item.outcome)).toEqual(['created']);
    documentId = report.items[0].documentId as string;
  });

  it('makes each note an entry dated from the note, published with the post, its body untouched', async () => {
    const page = (await bySlug(slugOf(title)).expect(200)).body.data;
    expect(page.body).toBe(body);
    expect(page.corrections.map(({ kind, text: said, date }: { kind: string; text: string; date: string }) => [kind, said, date])).toEqual([
      ['update', 'The ferries run again.', '2026-02-20T23:00:00.000Z'],
      ['clarification', 'The strike was called by the dockers.', '2026-02-19T23:00:00.000Z'],
    ]);
    const [signed] = await storedLog(ARTICLE, documentId, 'published');
    expect(signed.madeBy).toBe('Import');
  });

  it('says in the report what it made of each note', async () => {
    const again = await importPaths([site({ [file]: text })]);
    expect(again.items.map((item) => item.outcome)).toEqual(['unchanged']);
    expect(again.items[0].corrections).toEqual([
      'front matter corrections[0]: an entry (clarification) dated 2026-02-20',
      'closing "Update:" paragraph: an entry (update) dated 2026-02-21; the paragraph stays in the body',
    ]);
  });

  it('keeps the entries and their keys when the post comes again with a new note, adding only the new one', async () => {
    const before = await storedLog(ARTICLE, documentId, 'published');
    const report = await importPaths([site({ [file]: post(title, frontMatter, `${body}\n\nCorrection: The port is in Split.`) })]);
    expect(report.items.map((item) => [item.outcome, item.reason])).toEqual([['updated', undefined]]);
    const after = await storedLog(ARTICLE, documentId, 'published');
    expect(after.map((entry) => entry.key).slice(0, 2)).toEqual(before.map((entry) => entry.key));
    expect(after.map((entry) => entry.text)).toEqual([...before.map((entry) => entry.text), 'The port is in Split.']);
  });

  it('is exported back byte for byte after its front matter', async () => {
    const original = post(title, frontMatter, `${body}\n\nCorrection: The port is in Split.`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-corrections-export-'));
    try {
      await runExport(strapiInstance(), { siteDir: dir, publishedOnly: true, timeZone: 'Europe/Ljubljana' });
      const exported = fs.readFileSync(path.join(dir, '_posts', file), 'utf8');
      const afterFrontMatter = (whole: string) => whole.slice(whole.indexOf('\n---\n', 4) + 5);
      expect(afterFrontMatter(exported)).toBe(afterFrontMatter(original));
      expect(exported).toContain('corrections:');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
