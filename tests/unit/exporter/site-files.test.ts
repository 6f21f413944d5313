import { parse } from 'yaml';
import { readFrontMatter } from '../../../src/importer/domain/front-matter';
import { parseFactCheckText } from '../../../src/importer/domain/fact-check-text';
import { authorsFileText } from '../../../src/exporter/domain/authors-file';
import { factCheckPath, factCheckText, type FactCheckForExport } from '../../../src/exporter/domain/fact-check-text';
import { postPath, postText } from '../../../src/exporter/domain/post-file';
import { planSite } from '../../../src/exporter/domain/site-plan';
import { toYaml } from '../../../src/exporter/domain/yaml-text';

describe('Exported post files', () => {
  it("are named after the post's calendar date in the site's time zone, drafts after their slug alone", () => {
    const post = { slug: 'kfor-downscaling', datePublished: '2026-02-18T23:30:00.000Z', draft: false };
    expect(postPath(post, 'Europe/Ljubljana')).toBe('_posts/2026-02-19-kfor-downscaling.md');
    expect(postPath(post, 'UTC')).toBe('_posts/2026-02-18-kfor-downscaling.md');
    expect(postPath({ ...post, draft: true }, 'Europe/Ljubljana')).toBe('_drafts/kfor-downscaling.md');
  });

  it('hold the front matter, a blank line and the body with one closing newline', () => {
    expect(postText({ title: 'T' }, 'Body.')).toBe('---\ntitle: T\n---\n\nBody.\n');
  });

  it('read back as the same body and front matter', () => {
    const body = 'First paragraph.\n\n<a href="{{ \'/newsletter\' | relative_url }}">Subscribe</a>\n\n    code: kept';
    const data = { title: 'No', date: '2026-02-19', image: null, tags: ['a', 'b'], count: '12' };
    const read = readFrontMatter(postText(data, body));
    expect(read).toEqual({ data, body });
  });

  it('write YAML that Jekyll reads as the same strings: booleans and numbers of YAML 1.1 quoted, dates and empty keys plain', () => {
    expect(toYaml({ title: 'No', kicker: 'on', count: '12', date: '2026-02-19', image: null })).toBe(
      'title: "No"\nkicker: "on"\ncount: "12"\ndate: 2026-02-19\nimage:\n',
    );
  });
});

describe('The exported _data/authors.yml', () => {
  it("sets each author's bio and keeps every other author and key the file had", () => {
    const existing = 'Old Hand:\n  bio: Retired.\nAndraž Tavčar:\n  bio: Old bio.\n  twitter: atavcar\n';
    const text = authorsFileText(
      [
        { name: 'Andraž Tavčar', bio: 'New bio.' },
        { name: 'The Adriatic', bio: null },
      ],
      existing,
    );
    expect(parse(text)).toEqual({ 'Old Hand': { bio: 'Retired.' }, 'Andraž Tavčar': { bio: 'New bio.', twitter: 'atavcar' }, 'The Adriatic': null });
  });
});

describe('An exported fact check', () => {
  const factCheck: FactCheckForExport = {
    slug: 'why-is-the-us-in-kosovo',
    title: 'Why is the US in Kosovo?',
    checkedOn: '2025-11-29',
    summary: 'The short answer [1].\n\nA second paragraph [2].',
    sections: [
      { heading: 'Why troops patrol', body: 'They patrol [1].\n\n- one point\n- another point' },
      { heading: 'Bottom line: security kept', body: 'Security is kept [3].' },
    ],
    bottomLine: 'Security is kept [3].',
    limitations: 'Troop numbers are not published.',
    relatedQuestions: ['How many troops are there?', 'Who leads KFOR?'],
  };
  const fields = ({ slug, title, checkedOn, summary, sections, bottomLine, limitations, relatedQuestions }: FactCheckForExport) => ({
    slug,
    title,
    checkedOn,
    summary,
    sections,
    bottomLine,
    limitations,
    relatedQuestions,
  });

  it('is read back by the importer into the same fields', () => {
    expect(parseFactCheckText(factCheckText(factCheck), factCheck.slug)).toEqual(fields(factCheck));
  });

  it('says its bottom line once more only when no numbered section already says it', () => {
    expect(factCheckText(factCheck)).not.toContain('\nBottom line\n');
    const changed = { ...factCheck, bottomLine: 'Security is kept, for now [3].' };
    expect(factCheckText(changed)).toContain('\n\nBottom line\n\nSecurity is kept, for now [3].\n');
    expect(parseFactCheckText(factCheckText(changed), factCheck.slug)).toEqual(fields(changed));
  });

  it('goes to _factchecks/, a draft to _factchecks/_drafts/', () => {
    expect([factCheckPath('a', false), factCheckPath('a', true)]).toEqual(['_factchecks/a.txt', '_factchecks/_drafts/a.txt']);
  });
});

describe('The plan of an export', () => {
  const known = { posts: new Set(['kfor-downscaling']), factChecks: new Set(['why']) };

  it('writes only files whose text changes, removes a known post under its old name and leaves unknown files alone', () => {
    const plan = planSite(
      [
        { path: '_posts/2026-02-19-kfor-downscaling.md', text: 'new' },
        { path: '_factchecks/why.txt', text: 'same' },
      ],
      [
        { path: '_drafts/kfor-downscaling.md', text: 'old draft' },
        { path: '_factchecks/why.txt', text: 'same' },
        { path: '_posts/2020-01-01-hand-written.md', text: 'not from the CMS' },
      ],
      known,
    );
    expect(plan).toEqual({
      write: [{ path: '_posts/2026-02-19-kfor-downscaling.md', text: 'new' }],
      unchanged: ['_factchecks/why.txt'],
      remove: ['_drafts/kfor-downscaling.md'],
      leftAlone: ['_posts/2020-01-01-hand-written.md'],
    });
  });
});
