import fs from 'fs';
import os from 'os';
import path from 'path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { ADRIATIC, FIXTURES, importPaths, post, site as archive } from '../../helpers/import-site';
import { strapiInstance } from '../../helpers/strapi';
import { readFrontMatter } from '../../../src/importer/domain/front-matter';
import { parseFactCheckText } from '../../../src/importer/domain/fact-check-text';
import { runExport } from '../../../src/exporter/run-export';
import type { SitePlan } from '../../../src/exporter/domain/site-plan';

// Import the Adriatic archive and the fact checks, export them, and compare with what was imported: each post's body
// byte for byte and its front matter as data; then export again (nothing written) and import what was exported
// (nothing changed).

const POSTS = path.join(ADRIATIC, '_posts');
const FACT_CHECKS = path.join(FIXTURES, 'factchecks');
const TIME_ZONE = 'Europe/Ljubljana';
// The import keeps every fixture post published, as the old site had it; one post imported as a draft beside them.
const DRAFT = `draft-${process.pid}-${Date.now()}`;
const slugOf = (file: string) => file.slice(11, -3);
const exportedPath = (file: string) => `_posts/${file}`;
const afterFrontMatter = (text: string) => matter(text, {}).content;

function snapshot(dir: string): Map<string, { text: string; mtime: number }> {
  const files = new Map<string, { text: string; mtime: number }>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), { text: fs.readFileSync(full, 'utf8'), mtime: fs.statSync(full).mtimeMs });
  }
  return files;
}

async function articleRows(): Promise<unknown[]> {
  const slugs = fs.readdirSync(POSTS).sort().map(slugOf);
  return strapiInstance()
    .db.query('api::article.article')
    .findMany({ where: { slug: { $in: slugs } }, orderBy: { id: 'asc' }, populate: { leadImage: true, authors: true, category: true, kicker: true } });
}

describe('Export: the round trip of the Adriatic archive', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-export-'));
  const exported = (relative: string) => fs.readFileSync(path.join(site, relative), 'utf8');
  let firstPlan: SitePlan;

  beforeAll(async () => {
    await importPaths([ADRIATIC, FACT_CHECKS]);
    await importPaths([archive({ [`2026-03-01-${DRAFT}.md`]: post('A post still a draft') })], { mode: 'draft' });
    firstPlan = await runExport(strapiInstance(), { siteDir: site, publishedOnly: false, timeZone: TIME_ZONE });
  });

  afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

  it('writes the posts readers see to _posts/ under their old names and the drafts to _drafts/', () => {
    for (const file of fs.readdirSync(POSTS).sort()) expect([file, fs.existsSync(path.join(site, exportedPath(file)))]).toEqual([file, true]);
    expect(fs.existsSync(path.join(site, `_drafts/${DRAFT}.md`))).toBe(true);
    expect(firstPlan.remove).toEqual([]);
  });

  it.each(fs.readdirSync(POSTS).sort())('gives back the body of %s byte for byte', (file) => {
    const original = fs.readFileSync(path.join(POSTS, file), 'utf8');
    const text = exported(exportedPath(file));
    expect(readFrontMatter(text).body).toBe(readFrontMatter(original).body);
    // The file after its front matter is the original's, ending in the one newline a text file ends with.
    expect(afterFrontMatter(text)).toBe(afterFrontMatter(original).replace(/\n?$/, '\n'));
  });

  it.each(fs.readdirSync(POSTS).sort())('gives back the front matter of %s as the same data, its keys in the same order', (file) => {
    const original = fs.readFileSync(path.join(POSTS, file), 'utf8');
    const text = exported(exportedPath(file));
    // As the importer reads it (YAML core schema: dates are text) and as gray-matter does by default (dates are dates).
    expect(readFrontMatter(text).data).toEqual(readFrontMatter(original).data);
    expect(matter(text, {}).data).toEqual(matter(original, {}).data);
    expect(Object.keys(readFrontMatter(text).data)).toEqual(Object.keys(readFrontMatter(original).data));
  });

  it("gives back _data/authors.yml with the same data for the posts' authors", () => {
    const original = parseYaml(fs.readFileSync(path.join(ADRIATIC, '_data', 'authors.yml'), 'utf8')) as Record<string, unknown>;
    // Other suites' authors may share this database; the fixtures' are compared.
    const written = parseYaml(exported('_data/authors.yml')) as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(original).map((name) => [name, written[name]]))).toEqual(original);
  });

  it.each(fs.readdirSync(FACT_CHECKS).sort())('writes the fact check %s as text the importer reads back into the same fields', (file) => {
    const slug = path.basename(file, '.txt');
    const text = exported(`_factchecks/_drafts/${file}`);
    expect(parseFactCheckText(text, slug)).toEqual(parseFactCheckText(fs.readFileSync(path.join(FACT_CHECKS, file), 'utf8'), slug));
  });

  it('changes no file on a second export, not even its modification time', async () => {
    const before = snapshot(site);
    const plan = await runExport(strapiInstance(), { siteDir: site, publishedOnly: false, timeZone: TIME_ZONE });
    expect({ write: plan.write.map((file) => file.path), remove: plan.remove }).toEqual({ write: [], remove: [] });
    expect(snapshot(site)).toEqual(before);
  });

  it('changes nothing when the exported posts and fact checks are imported again', async () => {
    // Only what the fixtures became: other suites' articles may share this database, and their exports with it.
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-reimport-'));
    const copy = (relative: string) => {
      fs.mkdirSync(path.dirname(path.join(again, relative)), { recursive: true });
      fs.copyFileSync(path.join(site, relative), path.join(again, relative));
    };
    for (const file of fs.readdirSync(POSTS).sort()) copy(`_posts/${file}`);
    copy('_data/authors.yml');
    for (const file of fs.readdirSync(FACT_CHECKS).sort()) copy(`_factchecks/_drafts/${file}`);
    const rows = await articleRows();
    try {
      const report = await importPaths([again, path.join(again, '_factchecks', '_drafts')]);
      expect(report.items.map((item) => `${path.basename(item.file)}: ${item.outcome}`)).toEqual(
        [...fs.readdirSync(POSTS).sort(), ...fs.readdirSync(FACT_CHECKS).sort()].map((file) => `${file}: unchanged`),
      );
      for (const type of ['Author', 'Category', 'Kicker', 'Highlight', 'Source'] as const) {
        expect([type, report.tally[type].created, report.tally[type].updated, report.tally[type].failed]).toEqual([type, 0, 0, 0]);
      }
      expect(await articleRows()).toEqual(rows);
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });

  it('leaves the drafts out with --published-only, and removes a post no longer published', async () => {
    const plan = await runExport(strapiInstance(), { siteDir: site, publishedOnly: true, timeZone: TIME_ZONE });
    const fixtureFiles = [
      ...fs.readdirSync(POSTS).sort().map(exportedPath),
      `_drafts/${DRAFT}.md`,
      ...fs
        .readdirSync(FACT_CHECKS)
        .sort()
        .map((file) => `_factchecks/_drafts/${file}`),
    ];
    expect(plan.write.filter((file) => fixtureFiles.includes(file.path))).toEqual([]);
    expect(plan.remove.filter((file) => fixtureFiles.includes(file)).sort()).toEqual(
      [
        `_drafts/${DRAFT}.md`,
        ...fs
          .readdirSync(FACT_CHECKS)
          .sort()
          .map((file) => `_factchecks/_drafts/${file}`),
      ].sort(),
    );
  });
});
