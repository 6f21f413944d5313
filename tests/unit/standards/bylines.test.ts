import { readConfig } from '../../../src/plugins/delivery/server/src/config';
import { articleView, type ArticleDocument } from '../../../src/plugins/delivery/server/src/shape';

// A byline links to the author's page when the site has author pages (authorPath); a house byline never does.
const stored: ArticleDocument = {
  documentId: 'a1',
  slug: 'port-deal',
  title: 'Port deal signed',
  publishedAt: '2026-02-19T08:00:00.000Z',
  updatedAt: '2026-02-19T08:00:00.000Z',
  authors: [
    { documentId: 'p1', name: 'Andraž Tavčar', slug: 'andraz-tavcar', isHouseByline: false },
    { documentId: 'p2', name: 'The Adriatic', slug: 'the-adriatic', isHouseByline: true },
  ],
};
const site = { siteUrl: 'https://the-adriatic.github.io/the-adriatic/', name: 'The Adriatic' };

describe('Bylines and author pages', () => {
  it.each([
    ['with author pages', '/authors/:slug/', ['https://the-adriatic.github.io/the-adriatic/authors/andraz-tavcar/', null]],
    ['without author pages', null, [null, null]],
  ])('links a person’s byline to their page only %s, and a house byline never', (_case, authorPath, urls) => {
    const config = readConfig({ site: { ...readConfig({}).site, ...site }, authorPath });
    expect(articleView(config, stored, 'http://localhost:1337/').authors.map((byline) => byline.url)).toEqual(urls);
  });
});
