import fs from 'fs';
import path from 'path';
import { parseJekyllPost } from '../../../src/importer/domain/jekyll-post';

const POSTS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'adriatic', '_posts');
const ZONE = 'Europe/Ljubljana';
const fixture = (file: string) => parseJekyllPost(file, fs.readFileSync(path.join(POSTS, file), 'utf8'), ZONE);
const post = (frontMatter: string, body = 'Body.') => `---\n${frontMatter}\n---\n\n${body}\n`;

describe('reading a Jekyll post', () => {
  it('keeps the slug of the file name and records the old permalink', () => {
    const article = fixture('2026-02-19-kfor-downscaling.md');
    expect(article.slug).toBe('kfor-downscaling');
    expect(article.permalink).toBe('/2026/02/19/kfor-downscaling/');
    expect(article.title).toBe('Washington wants KFOR wound down');
    expect(article.authors).toEqual(['Andraž Tavčar']);
    expect(article.kicker).toBe('NATO 3.0');
    expect(article.category).toBe('Politics');
    expect(article.datePublished).toBe('2026-02-18T23:00:00.000Z');
  });

  it('reads a folded description as the deck and keeps presentation keys it does not interpret', () => {
    const article = fixture('2026-01-15-placeholder-eight.md');
    expect(article.deck).toBe("This is placeholder text while we're testing the site. The real articles are on their way.");
    expect(article.layoutType).toBe('feature');
    expect(article.presentation).toEqual({ category_display: 'Placeholder' });
    expect(article.dateModified).toBe('2026-01-14T23:00:00.000Z');
    expect(article.leadImage).toEqual({ url: null, caption: expect.stringMatching(/^Placeholder image\./), credit: null });
  });

  it('takes the excerpt as the deck when the post has no description, keeping it among the presentation keys', () => {
    const article = parseJekyllPost('2026-02-19-x.md', post('title: X\nexcerpt: A short summary.'), ZONE);
    expect(article.deck).toBe('A short summary.');
    expect(article.presentation).toEqual({ excerpt: 'A short summary.' });
    expect(parseJekyllPost('2026-02-19-x.md', post('title: X\ndescription: The deck.\nexcerpt: Other.'), ZONE).deck).toBe('The deck.');
  });

  it('leaves an excerpt with HTML among the presentation keys only: a deck takes no markup', () => {
    const article = parseJekyllPost('2026-02-19-x.md', post('title: X\nexcerpt: "<em>Short</em> summary."'), ZONE);
    expect(article.deck).toBeNull();
    expect(article.presentation).toEqual({ excerpt: '<em>Short</em> summary.' });
  });

  it('dates a post without last_modified_at as modified when it was published, not when it was imported', () => {
    const article = parseJekyllPost('2026-02-19-x.md', post('title: X\ndate: 2026-02-19 10:00:00 +0100'), ZONE);
    expect(article.dateModified).toBe('2026-02-19T09:00:00.000Z');
    expect(article.dateModified).toBe(article.datePublished);
  });

  it('keeps hero_include and the image with its caption and credit', () => {
    expect(fixture('2026-02-14-the-albanian-who-won-the-internets-strangest-contest.md').presentation).toEqual({ hero_include: 'decoder-ring.html' });
    expect(fixture('2026-02-09-dodik-proxy-republika-srpska.md').leadImage).toEqual({
      url: expect.stringMatching(/^https:\/\/res\.cloudinary\.com\/.+image-chess\.webp$/),
      caption: "The proxy's gambit.",
      credit: 'ChatGPT',
    });
  });

  it('keeps the Markdown body with its marks, links and Liquid tags as written', () => {
    const { body } = fixture('2026-02-19-kfor-downscaling.md');
    expect(body).toContain('[<mark class="yellow">"return to factory settings"</mark>](https://www.politico.eu/');
    expect(body.startsWith('---')).toBe(false);
  });

  it("lets the front matter's date win over the file name's", () => {
    const article = parseJekyllPost('2026-02-19-late.md', post('title: Late\ndate: 2026-02-21 08:00:00 +0100'), 'UTC');
    expect(article.datePublished).toBe('2026-02-21T07:00:00.000Z');
    expect(article.permalink).toBe('/2026/02/21/late/');
  });

  it("uses the post's own permalink when it has one", () => {
    expect(parseJekyllPost('2026-02-19-x.md', post('title: X\npermalink: /special/x/'), ZONE).permalink).toBe('/special/x/');
  });

  it('keeps an unknown layout among the presentation keys and presents the article as a post', () => {
    const article = parseJekyllPost('2026-02-19-x.md', post('title: X\nlayout: longread'), ZONE);
    expect(article.layout).toBe('post');
    expect(article.presentation).toEqual({ layout: 'longread' });
  });

  it('reads an opinion layout and a list of authors', () => {
    const article = parseJekyllPost('2026-02-19-x.md', post('title: X\nlayout: opinion\nauthors: [A, B, A]'), ZONE);
    expect(article.layout).toBe('opinion');
    expect(article.presentation).toBeNull();
    expect(article.authors).toEqual(['A', 'B']);
  });

  it.each([
    ['a missing title', '2026-02-19-x.md', post('author: A'), 'missing title'],
    ['malformed YAML', '2026-02-19-x.md', post('title: "unclosed\nauthor: [A'), 'malformed front matter'],
    ['no front matter at all', '2026-02-19-x.md', 'Just text.', 'no front matter'],
    ['front matter that is a list', '2026-02-19-x.md', post('- a\n- b'), 'not a list of "key: value" pairs'],
    ['a date that is not a date', '2026-02-19-x.md', post('title: X\ndate: 2026-02-30'), 'date "2026-02-30" is not a date'],
    ['a file name without a date and no date in the front matter', 'notes.md', post('title: X'), 'YYYY-MM-DD-title.md'],
    ['a title that is a list', '2026-02-19-x.md', post('title: [a, b]'), 'title must be text'],
  ])('refuses %s with a reason', (_, fileName, source, reason) => {
    expect(() => parseJekyllPost(fileName, source, ZONE)).toThrow(reason);
  });
});
