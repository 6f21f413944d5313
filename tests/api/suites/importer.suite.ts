import fs from 'fs';
import os from 'os';
import path from 'path';
import { silentProgress } from '../../../src/importer/progress';
import { readImportInput, runImport, type ImportOptions, type ImportReport } from '../../../src/importer/run-import';
import { renderReport } from '../../../src/importer/report';
import { editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures');
const ADRIATIC = path.join(FIXTURES, 'adriatic');

async function importPaths(paths: string[], options: Partial<ImportOptions> = {}): Promise<ImportReport> {
  const full: ImportOptions = { paths, mode: 'publish', dryRun: false, timeZone: 'Europe/Ljubljana', houseBylines: ['The Adriatic'], ...options };
  return runImport(strapiInstance(), readImportInput(full), full, silentProgress);
}

/** A throwaway Jekyll site: `_posts` files from name → text, plus the fixture's authors.yml. */
function site(posts: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-import-'));
  fs.mkdirSync(path.join(dir, '_posts'));
  fs.mkdirSync(path.join(dir, '_data'));
  fs.copyFileSync(path.join(ADRIATIC, '_data', 'authors.yml'), path.join(dir, '_data', 'authors.yml'));
  for (const [name, text] of Object.entries(posts)) fs.writeFileSync(path.join(dir, '_posts', name), text);
  return dir;
}

const post = (title: string, extra = '', body = 'Body text.') => `---\nlayout: post\ntitle: "${title}"\nauthor: The Adriatic\n${extra}\n---\n\n${body}\n`;
const slugOf = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface ArticleRead {
  documentId: string;
  title: string;
  body: string;
  permalink: string;
  datePublished: string;
  layoutType: string | null;
  presentation: Record<string, unknown> | null;
  kicker: { label: string };
  category: { name: string };
  authors: Array<{ name: string }>;
  highlights: Array<{ documentId: string }>;
}

async function publishedArticle(slug: string): Promise<ArticleRead[]> {
  const response = await http()
    .get(`/api/articles?filters[slug][$eq]=${slug}&populate[kicker]=true&populate[category]=true&populate[authors]=true&populate[highlights]=true`)
    .expect(200);
  return response.body.data as ArticleRead[];
}

/** The draft, which every imported post has, published or not. */
async function draftArticle(slug: string): Promise<ArticleRead> {
  const response = await editor.get(`/api/articles?status=draft&filters[slug][$eq]=${slug}&populate[highlights]=true`).expect(200);
  expect(response.body.data).toHaveLength(1);
  return response.body.data[0] as ArticleRead;
}

// The posts a publish rule keeps back: AI images credited "ChatGPT" without telling the reader, a picture nobody said
// the origin of, and politics posts that cite no outside source (the newsroom's category rule).
const AI_CAPTION = /^kept as a draft, not published: leadImage\.caption: This image is AI-generated/;
const NO_SOURCE = /^kept as a draft, not published: body: Politics articles cite at least one outside source/;
const POLICY_DRAFTS: Record<string, RegExp[]> = {
  'dodik-proxy-republika-srpska': [NO_SOURCE, AI_CAPTION],
  'eu-biomethane-biogas': [AI_CAPTION],
  'the-albanian-who-won-the-internets-strangest-contest': [/^kept as a draft, not published: leadImage\.origin: Say where the lead image comes from/],
  'placeholder-two': [NO_SOURCE],
  'placeholder-five': [NO_SOURCE],
  'placeholder-seven': [NO_SOURCE],
};

describe('Importer: the Adriatic archive', () => {
  let first: ImportReport;

  beforeAll(async () => {
    first = await importPaths([ADRIATIC]);
  });

  it('imports all twelve posts, nothing failed, and publishes every one the publish rules allow', async () => {
    expect(first.tally.Article).toEqual({ created: 12, updated: 0, unchanged: 0, failed: 0 });
    const response = await http().get('/api/articles?filters[permalink][$startsWith]=/20&pagination[pageSize]=100&fields[0]=slug').expect(200);
    const slugs = response.body.data.map((article: { slug: string }) => article.slug);
    for (const file of fs.readdirSync(path.join(ADRIATIC, '_posts'))) {
      const slug = file.slice(11, -3);
      if (POLICY_DRAFTS[slug]) expect(slugs).not.toContain(slug);
      else expect(slugs).toContain(slug);
    }
  });

  it('keeps the posts a publish rule refuses as drafts, saying why in the summary', async () => {
    for (const [slug, findings] of Object.entries(POLICY_DRAFTS)) {
      const item = first.items.find((entry) => entry.key?.endsWith(`#${slug}`));
      expect([slug, item?.findings]).toEqual([slug, findings.map((finding) => expect.stringMatching(finding))]);
    }
  });

  it('brings the posts a publish rule holds back in as approved, since the old site published them', async () => {
    for (const slug of Object.keys(POLICY_DRAFTS)) {
      const draft = await strapiInstance()
        .db.query('api::article.article')
        .findOne({ where: { slug, publishedAt: null }, select: ['stage'] });
      expect([slug, draft?.stage]).toEqual([slug, 'approved']);
    }
  });

  it('gives the KFOR post its kicker, category, author and all five highlights', async () => {
    const [kfor] = await publishedArticle('kfor-downscaling');
    expect(kfor.kicker.label).toBe('NATO 3.0');
    expect(kfor.category.name).toBe('Politics');
    expect(kfor.authors.map((author) => author.name)).toEqual(['Andraž Tavčar']);
    expect(kfor.highlights).toHaveLength(5);
    expect(kfor.permalink).toBe('/2026/02/19/kfor-downscaling/');
    expect(kfor.datePublished).toBe('2026-02-18T23:00:00.000Z');
  });

  it('makes every <mark> of every post a highlight', async () => {
    for (const file of fs.readdirSync(path.join(ADRIATIC, '_posts'))) {
      const marks = (fs.readFileSync(path.join(ADRIATIC, '_posts', file), 'utf8').match(/<mark[\s>]/g) ?? []).length;
      const article = await draftArticle(file.slice(11, -3));
      expect([file, article.highlights.length]).toEqual([file, marks]);
    }
  });

  it('creates the two authors with their bios, one category per spelling and one kicker shared by its posts', async () => {
    const authors = (await http().get('/api/authors?filters[slug][$in][0]=the-adriatic&filters[slug][$in][1]=andraz-tavcar').expect(200)).body.data;
    expect(authors.map((author: { name: string; bio: string }) => [author.name, author.bio]).sort()).toEqual([
      ['Andraž Tavčar', 'Andraž Tavčar is editor of The Adriatic, covering politics, ideas and governance.'],
      ['The Adriatic', expect.stringMatching(/^The Adriatic is the publishing arm of the Institute for Strategic Solutions/)],
    ]);
    for (const slug of ['politics', 'living', 'business']) {
      const categories = (await http().get(`/api/categories?filters[slug][$eq]=${slug}`).expect(200)).body.data;
      expect(categories.map((category: { name: string }) => category.name)).toEqual([slug[0].toUpperCase() + slug.slice(1)]);
    }
    const kickers = (
      await http()
        .get(
          '/api/kickers?filters[slug][$in][0]=nato-3-0&filters[slug][$in][1]=dayton-at-31&filters[slug][$in][2]=internet-cvltvre&filters[slug][$in][3]=pipe-dreams',
        )
        .expect(200)
    ).body.data;
    expect(kickers.map((kicker: { label: string }) => kicker.label).sort()).toEqual(['Dayton at 31', 'Internet Cvltvre', 'NATO 3.0', 'Pipe Dreams']);
  });

  it('keeps layout and presentation keys', async () => {
    const [feature] = await publishedArticle('placeholder-eight');
    expect(feature.layoutType).toBe('feature');
    expect(feature.presentation).toEqual({ category_display: 'Placeholder' });
    const albanian = await draftArticle('the-albanian-who-won-the-internets-strangest-contest');
    expect(albanian.presentation).toEqual({ hero_include: 'decoder-ring.html' });
  });

  it('resolves an old permalink, with or without its trailing slash or index.html, to the published article', async () => {
    for (const old of ['/2026/02/19/kfor-downscaling/', '/2026/02/19/kfor-downscaling', '/2026/02/19/kfor-downscaling/index.html']) {
      const response = await http()
        .get(`/api/articles/by-permalink?path=${encodeURIComponent(old)}`)
        .expect(200);
      expect(response.body.data.slug).toBe('kfor-downscaling');
    }
    await http().get('/api/articles/by-permalink?path=/1999/01/01/nothing/').expect(404);
    const bad = await http().get('/api/articles/by-permalink?path=https://evil.example/').expect(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['path']);
  });

  it('reports everything unchanged when run again, and writes nothing', async () => {
    const again = await importPaths([ADRIATIC]);
    expect(again.tally.Article).toEqual({ created: 0, updated: 0, unchanged: 12, failed: 0 });
    expect(again.tally.Highlight).toEqual({ created: 0, updated: 0, unchanged: 29, failed: 0 });
    expect(again.tally.Source.created).toBe(0);
    expect(again.tally.Author.created + again.tally.Category.created + again.tally.Kicker.created).toBe(0);
    expect(await publishedArticle('kfor-downscaling')).toHaveLength(1);
  });
});

describe('Importer: fact checks', () => {
  it('imports both fact checks with seven sections, their citations and related questions, kept as drafts until sourced', async () => {
    const report = await importPaths([path.join(FIXTURES, 'factchecks')]);
    expect(report.tally.FactCheck).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 0 });
    for (const [slug, citations, related] of [
      ['us-mission-in-kfor', 11, 5],
      ['why-is-the-us-in-kosovo', 8, 0],
    ] as const) {
      const response = await editor
        .get(`/api/fact-checks?status=draft&filters[slug][$eq]=${slug}&populate[sections]=true&populate[citations]=true&populate[relatedQuestions]=true`)
        .expect(200);
      const [factCheck] = response.body.data;
      expect(factCheck.sections).toHaveLength(7);
      expect(factCheck.bottomLine).toBe(factCheck.sections[6].body);
      expect(factCheck.citations.map((citation: { number: number }) => citation.number)).toEqual(Array.from({ length: citations }, (_, i) => i + 1));
      expect(factCheck.relatedQuestions).toHaveLength(related);
      expect(JSON.stringify(factCheck)).not.toMatch(/donation|Keep Factually independent/);
      const item = report.items.find((entry) => entry.documentId === factCheck.documentId);
      expect(item?.findings[0]).toMatch(/^kept as a draft, not published: citations\.0\.source: Citation \[1\] has no source/);
    }
    expect((await http().get('/api/fact-checks?filters[slug][$eq]=us-mission-in-kfor').expect(200)).body.data).toHaveLength(0);
  });
});

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
    const body = 'A <mark class="purple">purple quote</mark>.\n\n{% include figure.html %}\n\n<figure><img src="/x.jpg" alt="A bridge"></figure>';
    const file = `2026-03-12-${slugOf(title)}.md`;
    const report = await importPaths([site({ [file]: post(title, '', body) })]);
    const item = report.items.find((entry) => entry.file.endsWith(file));
    expect(item?.outcome).toBe('created');
    expect(item?.losses).toEqual([
      expect.stringMatching(/^line 8: the mark colour "purple" is not one of/),
      expect.stringMatching(/^line 10: the Liquid tag \{% include figure\.html %\} is kept as written/),
      expect.stringMatching(/^line 12: <figure> is not kept/),
      expect.stringMatching(/^line 12: <img> is not kept/),
    ]);
    expect(renderReport(report, '/')).toContain('Kept, but not shown as the old site showed it (1 files):');
  });

  it('reports again only what an editor has not fixed since the last run', async () => {
    const [fixed, left] = [unique('Fixed since'), unique('Left as is')];
    const body = 'Write to [<mark>the desk</mark>](mailto:desk@example.org).';
    const archive = site({ [`2026-03-13-${slugOf(fixed)}.md`]: post(fixed, '', body), [`2026-03-14-${slugOf(left)}.md`]: post(left, '', body) });
    const findingsOf = (report: ImportReport, title: string) => report.items.find((item) => item.file.includes(slugOf(title)))?.findings;
    const first = await importPaths([archive]);
    expect(findingsOf(first, fixed)).toEqual([expect.stringMatching(/^kept as a draft, not published: body: /)]);
    const draft = await draftArticle(slugOf(fixed));
    await editor
      .put(`/api/articles/${draft.documentId}?status=draft`, { data: { body: 'Write to [<mark>the desk</mark>](https://example.org/desk).' } })
      .expect(200);
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
