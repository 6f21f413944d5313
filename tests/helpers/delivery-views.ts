import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import type { ArticleView, FactCheckView, FeedItem, FeedScope, SiteSettings } from '../../src/plugins/delivery/server/src/domain/types';

/** Views and XML checks shared by the delivery builders' unit tests (JSON-LD, feeds, sitemaps). */

export const AI_SOURCE = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';

export const site: SiteSettings = {
  siteUrl: 'https://the-adriatic.github.io/the-adriatic/',
  name: 'The Adriatic',
  description: 'News from the Adriatic coast',
  language: 'en',
  logoUrl: 'https://the-adriatic.github.io/the-adriatic/logo.png',
  placeholderImageUrl: null,
};

export const article = (overrides: Partial<ArticleView> = {}): ArticleView => ({
  documentId: 'a1',
  url: 'https://the-adriatic.github.io/the-adriatic/politics/port-deal/',
  title: 'Port deal signed',
  deck: 'The harbour goes to a private operator for 30 years.',
  datePublished: '2026-02-19T08:00:00.000Z',
  dateModified: '2026-02-19T09:30:00.000+01:00',
  kicker: { name: 'Port of Rijeka', slug: 'port-of-rijeka' },
  category: { name: 'Politics', slug: 'politics' },
  authors: [{ name: 'Ana Horvat', url: 'https://the-adriatic.github.io/the-adriatic/authors/ana-horvat/' }],
  image: {
    url: 'https://cdn.example.org/port.jpg',
    caption: 'The container terminal',
    credit: 'Illustration: The Adriatic / generated with an AI model',
    digitalSourceType: AI_SOURCE,
    width: 1200,
    height: 675,
  },
  citations: ['https://gov.example.org/contract.pdf', 'https://news.example.com/port'],
  ...overrides,
});

export const factCheck = (overrides: Partial<FactCheckView> = {}): FactCheckView => ({
  documentId: 'f1',
  url: 'https://the-adriatic.github.io/the-adriatic/fact-checks/bridge-cost/',
  title: 'Did the bridge cost a billion?',
  claimReviewed: 'The Pelješac bridge cost a billion euros.',
  verdict: 'false',
  summaryText: 'It cost about 526 million euros.',
  datePublished: '2026-02-18T12:00:00.000Z',
  dateModified: '2026-02-18T12:00:00.000Z',
  authors: [{ name: 'Marko Perić', url: null }],
  citations: [],
  ...overrides,
});

export const feedItem = (overrides: Partial<FeedItem> = {}): FeedItem => ({
  documentId: 'a1',
  url: 'https://the-adriatic.github.io/the-adriatic/politics/port-deal/',
  title: 'Port deal signed',
  summary: 'The harbour goes to a private operator.',
  contentHtml: '<p>The harbour <em>goes</em>.</p>',
  datePublished: '2026-02-19T08:00:00.000Z',
  dateModified: '2026-02-19T09:00:00.000Z',
  authors: [{ name: 'Ana Horvat', url: null }],
  tags: ['Politics', 'Port of Rijeka'],
  imageUrl: 'https://cdn.example.org/port.jpg',
  ...overrides,
});

export const scope: FeedScope = {
  title: 'The Adriatic — Politics',
  description: 'Politics from the coast',
  homePageUrl: 'https://the-adriatic.github.io/the-adriatic/politics/',
  feedUrl: 'https://the-adriatic.github.io/the-adriatic/politics/feed.xml',
};

export const parse = (xml: string): Document => parseDocument(xml, { xmlMode: true });
export const elements = (root: Document | Element, name: string): Element[] => DomUtils.getElementsByTagName(name, root, true);
export const texts = (root: Document | Element, name: string): string[] => elements(root, name).map((node) => DomUtils.textContent(node));
export const only = (root: Document | Element, name: string): Element => {
  const found = elements(root, name);
  expect(found).toHaveLength(1);
  return found[0];
};

/**
 * What htmlparser2 forgives and an XML parser would not: tags that do not nest, a raw "<" or stray "&" in text.
 * CDATA sections and the declaration are set aside first, as their content is not markup.
 */
export function wellFormednessProblems(xml: string): string[] {
  const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/^<\?xml[^?]*\?>/, '');
  const problems: string[] = [];
  const stack: string[] = [];
  for (const [tag, close, name, selfClosing] of markup.matchAll(/<(\/?)([A-Za-z][\w:.-]*)(?:\s[^<>]*?)?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) problems.push(`unexpected ${tag}`);
  }
  problems.push(...stack.map((name) => `unclosed <${name}>`));
  const text = markup.replace(/<\/?[A-Za-z][^<>]*>/g, '');
  if (text.includes('<')) problems.push('raw "<" in text');
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) problems.push('stray "&" in text');
  return problems;
}

/** Every null anywhere in a JSON-LD value, by path, so a test can say none are emitted. */
export function nullPaths(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => nullPaths(child, `${path}.${key}`));
}
