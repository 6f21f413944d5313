import { correctionFeedItem, correctionsHtml, houseDate, readerCorrections } from '../../../src/plugins/delivery/server/src/domain/corrections';
import { jsonFeed, rssFeed } from '../../../src/plugins/delivery/server/src/domain/feeds';
import { claimReviewJsonLd, newsArticleJsonLd } from '../../../src/plugins/delivery/server/src/domain/json-ld';
import { article, elements, factCheck, feedItem, parse, scope, site, texts, wellFormednessProblems } from '../../helpers/delivery-views';

const ZONE = 'Europe/Ljubljana';
const older = { key: 'k1', kind: 'correction', text: 'The port opened in 1999, not 2001.', date: '2026-02-20T09:00:00.000Z' };
const newer = { key: 'k2', kind: 'update', text: 'The operator <confirmed> it & more.', date: '2026-02-22T10:00:00.000Z' };

describe('corrections as readers are told them', () => {
  it('come newest first, without who made them, leaving out entries the server never stamped', () => {
    const stored = [
      { ...older, madeBy: 'Ana' },
      { key: null, kind: 'update', text: 'Unstamped', date: null },
      { ...newer, date: new Date(newer.date), madeBy: 'Ben' },
    ];
    expect(readerCorrections(stored)).toEqual([newer, older]);
    expect(readerCorrections(undefined)).toEqual([]);
  });

  it('are schema.org CorrectionComments in NewsArticle and ClaimReview, and absent when there are none', () => {
    const corrections = [newer, older];
    expect(newsArticleJsonLd(article({ corrections }), site, ZONE).correction).toEqual([
      { '@type': 'CorrectionComment', text: newer.text, datePublished: '2026-02-22T11:00:00+01:00' },
      { '@type': 'CorrectionComment', text: older.text, datePublished: '2026-02-20T10:00:00+01:00' },
    ]);
    expect(claimReviewJsonLd(factCheck({ corrections }), site, ZONE)?.correction).toHaveLength(2);
    expect(newsArticleJsonLd(article({ corrections: [] }), site, ZONE)).not.toHaveProperty('correction');
  });

  it('read under a story in the newsroom’s date style, escaped', () => {
    expect(houseDate('2026-02-20T09:00:00.000Z')).toBe('20 February 2026');
    expect(correctionsHtml([newer])).toBe('<p class="correction"><strong>Update, 22 February 2026:</strong> The operator &lt;confirmed&gt; it &amp; more.</p>');
  });
});

describe('a corrected story in the site feeds', () => {
  const corrected = feedItem({ corrections: [newer, older] });

  it('is marked Corrected in RSS, with the notes under its text and its latest correction as the build date', () => {
    const xml = rssFeed(scope, [corrected, feedItem({ url: 'https://example.org/other/' })], site);
    expect(wellFormednessProblems(xml)).toEqual([]);
    const [first, second] = elements(parse(xml), 'item');
    expect(texts(first, 'category')).toContain('Corrected');
    expect(texts(first, 'content:encoded')[0]).toContain('<strong>Update, 22 February 2026:</strong>');
    expect(texts(second, 'category')).not.toContain('Corrected');
    expect(texts(parse(xml), 'lastBuildDate')).toEqual(['Sun, 22 Feb 2026 10:00:00 GMT']);
  });

  it('is tagged Corrected in JSON Feed, modified at its latest correction, with the entries in _corrections', () => {
    const [item] = jsonFeed(scope, [corrected], site).items as Array<Record<string, unknown>>;
    expect(item).toMatchObject({ tags: ['Politics', 'Port of Rijeka', 'Corrected'], date_modified: newer.date });
    expect(item._corrections).toEqual({ entries: [newer, older].map(({ kind, text, date }) => ({ kind, text, date })) });
    expect(String(item.content_html)).toContain('The port opened in 1999, not 2001.');
  });

  it('is left as it was when it has no corrections', () => {
    const [item] = jsonFeed(scope, [feedItem()], site).items as Array<Record<string, unknown>>;
    expect(item).not.toHaveProperty('_corrections');
    expect(item.tags).toEqual(['Politics', 'Port of Rijeka']);
  });
});

describe('the corrections feeds', () => {
  it('give each correction its own entry, linked to its place under the story', () => {
    const story = {
      type: 'article' as const,
      documentId: 'a1',
      title: 'Port deal signed',
      slug: 'port-deal',
      url: 'https://the-adriatic.github.io/the-adriatic/port-deal/',
    };
    expect(correctionFeedItem({ ...older, story })).toMatchObject({
      url: 'https://the-adriatic.github.io/the-adriatic/port-deal/#correction-k1',
      title: 'Correction: Port deal signed',
      summary: older.text,
      datePublished: older.date,
    });
  });
});
