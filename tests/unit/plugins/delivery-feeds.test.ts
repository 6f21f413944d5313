import { JSON_FEED_VERSION, jsonFeed, rssFeed } from '../../../src/plugins/delivery/server/src/domain/feeds';
import { cdata, escapeXml } from '../../../src/plugins/delivery/server/src/domain/xml';
import { DomUtils } from 'htmlparser2';
import { elements, feedItem, nullPaths, only, parse, scope, site, texts, wellFormednessProblems } from '../../helpers/delivery-views';

describe('xml helpers', () => {
  it.each([
    ['the five special characters', `a & b < c > d " e ' f`, 'a &amp; b &lt; c &gt; d &quot; e &apos; f'],
    ['control characters, keeping tab, newline and carriage return', 'a\u0000b\u0007c\u001Fd\te\nf\rg', 'abcd\te\nf\rg'],
    ['lone surrogates and U+FFFE/U+FFFF, keeping paired ones', 'a\uD800b\uDC00c\uFFFEd\uFFFFe😀', 'abcde😀'],
  ])('escapeXml handles %s', (_case, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it('cdata splits "]]>" so the section cannot end early', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
  });
});

describe('rssFeed', () => {
  const items = [
    feedItem(),
    feedItem({
      documentId: 'a2',
      url: 'https://the-adriatic.github.io/the-adriatic/b/',
      title: 'Second',
      dateModified: '2026-02-20T10:15:00.000Z',
      summary: null,
      contentHtml: null,
      authors: [],
      tags: [],
    }),
  ];

  it('is well-formed RSS 2.0 with the channel, its self link and one item per story', () => {
    const xml = rssFeed(scope, items, site);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(wellFormednessProblems(xml)).toEqual([]);

    const doc = parse(xml);
    const rss = only(doc, 'rss');
    expect(rss.attribs).toEqual({
      version: '2.0',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
      'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
    });
    const channel = only(rss, 'channel');
    const channelText = (name: string) => DomUtils.textContent(DomUtils.getElementsByTagName(name, channel.children, false)[0]);
    expect(['title', 'link', 'description', 'language'].map(channelText)).toEqual([scope.title, scope.homePageUrl, scope.description, 'en']);
    expect(only(channel, 'atom:link').attribs).toEqual({ href: scope.feedUrl, rel: 'self', type: 'application/rss+xml' });
    expect(texts(channel, 'guid')).toEqual([items[0].url, items[1].url]);
  });

  it('describes each item with link, permalink guid, RFC 822 date, summary, full content, creators and categories', () => {
    const item = elements(
      parse(
        rssFeed(
          scope,
          [
            feedItem({
              authors: [
                { name: 'Ana', url: null },
                { name: 'Ivo', url: null },
              ],
            }),
          ],
          site,
        ),
      ),
      'item',
    )[0];
    expect(texts(item, 'title')).toEqual(['Port deal signed']);
    expect(texts(item, 'link')).toEqual([feedItem().url]);
    expect(only(item, 'guid').attribs).toEqual({ isPermaLink: 'true' });
    expect(texts(item, 'pubDate')).toEqual(['Thu, 19 Feb 2026 08:00:00 GMT']);
    expect(texts(item, 'description')).toEqual(['The harbour goes to a private operator.']);
    expect(texts(item, 'content:encoded')).toEqual(['<p>The harbour <em>goes</em>.</p>']);
    expect(texts(item, 'dc:creator')).toEqual(['Ana', 'Ivo']);
    expect(texts(item, 'category')).toEqual(['Politics', 'Port of Rijeka']);
  });

  it('leaves out description and content when an item has neither', () => {
    const second = elements(parse(rssFeed(scope, items, site)), 'item')[1];
    for (const name of ['description', 'content:encoded', 'dc:creator', 'category']) expect(elements(second, name)).toEqual([]);
  });

  it('dates the build by the newest modification, and leaves the date out for an empty feed', () => {
    expect(texts(parse(rssFeed(scope, items, site)), 'lastBuildDate')).toEqual(['Fri, 20 Feb 2026 10:15:00 GMT']);
    expect(elements(parse(rssFeed(scope, [], site)), 'lastBuildDate')).toEqual([]);
  });

  it('escapes markup characters in titles and tags, and reads back the original text', () => {
    const title = 'Q&A: <b>Tolls</b> > fares & "fees"';
    const xml = rssFeed(scope, [feedItem({ title, tags: ['R&D'] })], site);

    expect(xml).toContain('Q&amp;A: &lt;b&gt;Tolls&lt;/b&gt; &gt; fares &amp; &quot;fees&quot;');
    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(texts(elements(parse(xml), 'item')[0], 'title')).toEqual([title]);
    expect(texts(parse(xml), 'category')).toEqual(['R&D']);
  });

  it('strips characters XML 1.0 forbids from text and content', () => {
    const xml = rssFeed(scope, [feedItem({ title: 'Bell\u0007 and\u0000 null\uFFFF', contentHtml: '<p>form\u000Cfeed</p>' })], site);

    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(texts(elements(parse(xml), 'item')[0], 'title')).toEqual(['Bell and null']);
    expect(texts(parse(xml), 'content:encoded')).toEqual(['<p>formfeed</p>']);
  });

  it('carries content containing "]]>" intact in one content:encoded element', () => {
    const contentHtml = '<pre>a[i[j]]>0 and ]]> again]]></pre>';
    const xml = rssFeed(scope, [feedItem({ contentHtml })], site);

    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(texts(parse(xml), 'content:encoded')).toEqual([contentHtml]);
  });
});

describe('jsonFeed', () => {
  it('is JSON Feed 1.1 with the feed and item fields readers need', () => {
    expect(jsonFeed(scope, [feedItem()], site)).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: scope.title,
      home_page_url: scope.homePageUrl,
      feed_url: scope.feedUrl,
      description: scope.description,
      language: 'en',
      items: [
        {
          id: feedItem().url,
          url: feedItem().url,
          title: 'Port deal signed',
          summary: 'The harbour goes to a private operator.',
          content_html: '<p>The harbour <em>goes</em>.</p>',
          date_published: '2026-02-19T08:00:00.000Z',
          date_modified: '2026-02-19T09:00:00.000Z',
          authors: [{ name: 'Ana Horvat' }],
          tags: ['Politics', 'Port of Rijeka'],
          image: 'https://cdn.example.org/port.jpg',
        },
      ],
    });
    expect(JSON_FEED_VERSION).toBe('https://jsonfeed.org/version/1.1');
  });

  it('leaves out empty fields but gives every item content, falling back to the summary as text', () => {
    const feed = jsonFeed(scope, [feedItem({ contentHtml: null, imageUrl: null, authors: [], tags: [] })], site);
    const [item] = feed.items as Array<Record<string, unknown>>;

    expect(nullPaths(feed)).toEqual([]);
    expect(Object.keys(item).sort()).toEqual(['content_text', 'date_modified', 'date_published', 'id', 'summary', 'title', 'url']);
    expect(item.content_text).toBe('The harbour goes to a private operator.');
  });

  it('keeps the required items list when the feed is empty', () => {
    expect(jsonFeed(scope, [], site).items).toEqual([]);
  });
});
