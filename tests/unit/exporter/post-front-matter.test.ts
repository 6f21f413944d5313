import { parseSiteDate } from '../../../src/importer/domain/site-dates';
import { postFrontMatter, type ArticleForExport } from '../../../src/exporter/domain/post-front-matter';

const TIME_ZONE = 'Europe/Ljubljana';

const article = (overrides: Partial<ArticleForExport> = {}): ArticleForExport => ({
  slug: 'kfor-downscaling',
  title: 'Washington wants KFOR wound down',
  permalink: '/2026/02/19/kfor-downscaling/',
  datePublished: '2026-02-18T23:00:00.000Z',
  dateModified: '2026-02-18T23:00:00.000Z',
  layout: 'post',
  layoutType: null,
  authors: ['Andraž Tavčar'],
  category: { name: 'Politics', slug: 'politics' },
  kicker: { label: 'NATO 3.0', slug: 'nato-3-0' },
  deck: 'The deck.',
  body: 'Body.',
  leadImage: { url: null, caption: 'A caption.', credit: null },
  presentation: null,
  draft: false,
  ...overrides,
});

describe('The front matter of an exported post', () => {
  it("writes a post the CMS made in the site's keys and usual order, its presentation keys after", () => {
    const data = postFrontMatter(article({ presentation: { hero_include: 'decoder-ring.html' } }), null, TIME_ZONE);
    expect(Object.entries(data)).toEqual([
      ['layout', 'post'],
      ['title', 'Washington wants KFOR wound down'],
      ['date', '2026-02-19'],
      ['author', 'Andraž Tavčar'],
      ['category', 'Politics'],
      ['kicker', 'NATO 3.0'],
      ['description', 'The deck.'],
      ['image_caption', 'A caption.'],
      ['hero_include', 'decoder-ring.html'],
    ]);
  });

  it("writes back an imported post's spelling, empty keys, dates and key order where the CMS holds the same", () => {
    const original = {
      title: 'Washington wants KFOR wound down',
      layout: 'post',
      date: '2026-02-19',
      last_modified_at: '2026-02-19',
      category: 'politics',
      kicker: 'nato 3.0',
      author: ['Andraž Tavčar'],
      image: null,
      image_caption: 'A caption.',
      image_credit: '',
      description: 'The deck.',
    };
    expect(Object.entries(postFrontMatter(article(), original, TIME_ZONE))).toEqual(Object.entries(original));
  });

  it('writes what an editor changed since the import as the CMS holds it', () => {
    const original = { layout: 'post', title: 'Old title', date: '2026-02-19', category: 'living', author: 'Someone Else', image: null };
    const data = postFrontMatter(article({ leadImage: { url: 'https://img.example/a.webp', caption: null, credit: null } }), original, TIME_ZONE);
    expect(data).toMatchObject({
      title: 'Washington wants KFOR wound down',
      category: 'Politics',
      author: 'Andraž Tavčar',
      image: 'https://img.example/a.webp',
    });
  });

  it('adds no key an imported post lacked for what the importer inferred without it', () => {
    const original = { title: 'Washington wants KFOR wound down', excerpt: 'The deck.' };
    const data = postFrontMatter(
      article({ category: null, kicker: null, authors: [], leadImage: null, presentation: { excerpt: 'The deck.' } }),
      original,
      TIME_ZONE,
    );
    expect(data).toEqual({ title: 'Washington wants KFOR wound down', excerpt: 'The deck.' });
  });

  it("writes an instant other than the site's midnight with its time and offset, which the importer reads back", () => {
    const data = postFrontMatter(article({ datePublished: '2026-02-19T09:30:00.000Z', dateModified: '2026-07-01T12:00:00.000Z' }), null, TIME_ZONE);
    expect([data.date, data.last_modified_at]).toEqual(['2026-02-19 10:30:00 +0100', '2026-07-01 14:00:00 +0200']);
    expect(parseSiteDate(String(data.date), TIME_ZONE)).toBe('2026-02-19T09:30:00.000Z');
    expect(parseSiteDate(String(data.last_modified_at), TIME_ZONE)).toBe('2026-07-01T12:00:00.000Z');
  });

  it('gives a draft its date even when the imported post had none, since a draft file name carries no date', () => {
    expect(postFrontMatter(article({ draft: true }), { title: 'Washington wants KFOR wound down' }, TIME_ZONE).date).toBe('2026-02-19');
  });

  it('writes several bylines as a list under authors, and a moved post its permalink', () => {
    const data = postFrontMatter(article({ authors: ['A', 'B'], permalink: '/old/path/' }), null, TIME_ZONE);
    expect([data.authors, data.author, data.permalink]).toEqual([['A', 'B'], undefined, '/old/path/']);
  });
});
