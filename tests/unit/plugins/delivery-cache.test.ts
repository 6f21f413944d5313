import { renderBodyHtml, plainText } from '../../../src/plugins/delivery/server/src/domain/body-html';
import { TaggedCache, type CachedResponse } from '../../../src/plugins/delivery/server/src/domain/cache-store';
import { documentTags, listTags, writeTags } from '../../../src/plugins/delivery/server/src/domain/dependency-tags';
import { cacheControl, etagOf } from '../../../src/plugins/delivery/server/src/domain/etag';
import { pageQuery } from '../../../src/plugins/delivery/server/src/domain/paging';
import { documentUrl, pathPatternProblem } from '../../../src/plugins/delivery/server/src/domain/urls';
import { isSlug } from '#kernel/validate';

const ARTICLE = 'api::article.article';
const KICKER = 'api::kicker.kicker';

const entry = (tags: string[], body = 'x'): CachedResponse => ({ body: Buffer.from(body), etag: etagOf(body), type: 'application/json', tags });
const roomy = () => new TaggedCache({ maxBytes: 1024 * 1024, maxEntries: 100 });

describe('TaggedCache', () => {
  it('keeps a response and drops it when something it shows is written', () => {
    const cache = roomy();
    const tags = documentTags([
      { uid: ARTICLE, documentId: 'a1' },
      { uid: KICKER, documentId: 'k1' },
    ]);
    const ticket = cache.begin();
    expect(cache.store(ticket, '/a1', entry(tags))).toBe(true);
    cache.end(ticket);
    expect(cache.get('/a1')).toBeDefined();
    cache.invalidate(writeTags({ uid: KICKER, documentIds: ['k2'], relinked: [] }));
    expect(cache.get('/a1')).toBeDefined();
    cache.invalidate(writeTags({ uid: KICKER, documentIds: ['k1'], relinked: [] }));
    expect(cache.get('/a1')).toBeUndefined();
  });

  it('refuses a response whose read began before a write to something it shows', () => {
    const cache = roomy();
    const ticket = cache.begin();
    cache.invalidate(writeTags({ uid: ARTICLE, documentIds: ['a1'], relinked: [] }));
    expect(cache.store(ticket, '/a1', entry(documentTags([{ uid: ARTICLE, documentId: 'a1' }])))).toBe(false);
    expect(cache.store(ticket, '/a2', entry(documentTags([{ uid: ARTICLE, documentId: 'a2' }])))).toBe(true);
    cache.end(ticket);
  });

  it('accepts a response whose read began after the write', () => {
    const cache = roomy();
    const before = cache.begin();
    cache.invalidate(writeTags({ uid: ARTICLE, documentIds: ['a1'], relinked: [] }));
    const after = cache.begin();
    expect(cache.store(after, '/a1', entry(documentTags([{ uid: ARTICLE, documentId: 'a1' }])))).toBe(true);
    cache.end(before);
    cache.end(after);
  });

  it('refuses any response whose read began before the cache was cleared', () => {
    const cache = roomy();
    const ticket = cache.begin();
    cache.clear();
    expect(cache.store(ticket, '/a1', entry(['doc:x']))).toBe(false);
  });

  it('drops lists on any write of a type they show, and everything of a type on a bulk write', () => {
    const cache = roomy();
    const ticket = cache.begin();
    cache.store(ticket, '/feed', entry(listTags([ARTICLE, KICKER])));
    cache.store(ticket, '/a1', entry(documentTags([{ uid: ARTICLE, documentId: 'a1' }])));
    cache.end(ticket);
    cache.invalidate(writeTags({ uid: ARTICLE, documentIds: ['a9'], relinked: [] }));
    expect([cache.get('/feed'), cache.get('/a1')].map(Boolean)).toEqual([false, true]);
    cache.invalidate(writeTags({ uid: ARTICLE, documentIds: null, relinked: [] }));
    expect(cache.get('/a1')).toBeUndefined();
  });

  it('drops every article when a relation to articles is changed from the other side', () => {
    expect(writeTags({ uid: KICKER, documentIds: ['k1'], relinked: [ARTICLE] })).toEqual(expect.arrayContaining([`type:${ARTICLE}`, `list:${ARTICLE}`]));
  });

  it('evicts the least recently used response past its bounds', () => {
    const cache = new TaggedCache({ maxBytes: 1024 * 1024, maxEntries: 2 });
    const ticket = cache.begin();
    cache.store(ticket, '/1', entry(['t']));
    cache.store(ticket, '/2', entry(['t']));
    cache.get('/1');
    cache.store(ticket, '/3', entry(['t']));
    expect(['/1', '/2', '/3'].map((key) => Boolean(cache.get(key)))).toEqual([true, false, true]);
    cache.end(ticket);
  });

  it('bounds its memory: a response larger than a quarter of it is never kept', () => {
    const cache = new TaggedCache({ maxBytes: 4000, maxEntries: 100 });
    const ticket = cache.begin();
    expect(cache.store(ticket, '/big', entry(['t'], 'x'.repeat(1200)))).toBe(false);
    for (let index = 0; index < 20; index += 1) cache.store(ticket, `/${index}`, entry(['t'], 'y'.repeat(500)));
    expect(cache.size.bytes).toBeLessThanOrEqual(4000);
    cache.end(ticket);
  });

  it('forgets a response once it expires', () => {
    const cache = roomy();
    const ticket = cache.begin();
    cache.store(ticket, '/news', { ...entry(['t']), expiresAt: 1000 });
    expect(cache.get('/news', 999)).toBeDefined();
    expect(cache.get('/news', 1000)).toBeUndefined();
    cache.end(ticket);
  });
});

describe('HTTP validators', () => {
  it('gives the same bytes the same strong ETag and different bytes another', () => {
    expect(etagOf('{"a":1}')).toBe(etagOf(Buffer.from('{"a":1}')));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
    expect(etagOf('x')).toMatch(/^"[\w-]+"$/);
  });

  it('lets anyone store a public read but revalidate it, and nobody store a private one', () => {
    expect(cacheControl(true, 0)).toBe('public, max-age=0, must-revalidate');
    expect(cacheControl(true, 60)).toBe('public, max-age=60, must-revalidate');
    expect(cacheControl(false, 60)).toBe('private, no-store');
  });
});

describe('pageQuery and isSlug', () => {
  it.each([
    [{}, { page: 1, pageSize: 10 }],
    [
      { page: '3', pageSize: '50' },
      { page: 3, pageSize: 50 },
    ],
  ])('reads %j', (query, expected) => {
    expect(pageQuery.parse(query)).toEqual(expected);
  });

  it.each([
    [{ pageSize: '51' }, 'pageSize'],
    [{ page: '0' }, 'page'],
    [{ page: '1.5' }, 'page'],
    [{ page: ['1', '2'] }, 'page'],
    [{ page: { $gt: 0 } }, 'page'],
  ])('refuses %j on %s', (query, field) => {
    const result = pageQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[field]]);
  });

  it('takes lower-case hyphenated words as a slug, nothing else', () => {
    expect(['kfor-downscaling', 'nato-3-0'].every(isSlug)).toBe(true);
    expect(['', 'Upper', 'a--b', '../x', 'a b', { $ne: 'x' }].some(isSlug)).toBe(false);
  });
});

describe('documentUrl', () => {
  const site = 'https://the-adriatic.github.io/the-adriatic/';

  it("keeps an imported article's old permalink, under the site root", () => {
    expect(
      documentUrl(site, '/:year/:month/:day/:slug/', { slug: 'kfor', permalink: '/2026/02/19/kfor-downscaling/', datePublished: '2026-03-01T00:00:00Z' }),
    ).toBe('https://the-adriatic.github.io/the-adriatic/2026/02/19/kfor-downscaling/');
  });

  it('fills the pattern from the first publication date in UTC', () => {
    expect(documentUrl(site, '/:year/:month/:day/:slug/', { slug: 'dodik', datePublished: '2026-02-03T23:30:00-02:00' })).toBe(
      'https://the-adriatic.github.io/the-adriatic/2026/02/04/dodik/',
    );
  });

  it('refuses a pattern without the slug', () => {
    expect(pathPatternProblem('/:year/')).toMatch(/:slug/);
    expect(pathPatternProblem('fact-checks/:slug')).toMatch(/starting with/);
    expect(pathPatternProblem('/fact-checks/:slug/')).toBeNull();
  });
});

describe('renderBodyHtml', () => {
  it('renders Markdown and keeps highlights, their colour and their links', () => {
    expect(renderBodyHtml('A [<mark class="rose">quote</mark>](https://example.org/a) and <span class="social-handle">@x</span>.')).toBe(
      '<p>A <a href="https://example.org/a" rel="noopener noreferrer"><mark class="rose">quote</mark></a> and <span class="social-handle">@x</span>.</p>',
    );
  });

  it('removes what a stored body must not carry to readers, however it got there', () => {
    const html = renderBodyHtml('<script>alert(1)</script><img src=x onerror=alert(1)>[x](javascript:alert(1)) <mark onclick="y" class="blink">q</mark>');
    // markdown-it will not link a script address: the words stay as inert text.
    expect(html).not.toMatch(/<script|alert\(1\)<|onerror|onclick|href="javascript|<img/i);
    // An old site's colour class is kept as written (a plain identifier): the frontend shows it in the default colour.
    expect(html).toContain('<mark class="blink">q</mark>');
  });

  it("makes the site's own links absolute when asked, for feeds read off the site", () => {
    const site = 'https://the-adriatic.github.io/the-adriatic/';
    expect(renderBodyHtml('[Newsletter](/newsletter)', { siteUrl: site, absolute: true })).toBe(
      '<p><a href="https://the-adriatic.github.io/the-adriatic/newsletter">Newsletter</a></p>',
    );
    expect(renderBodyHtml('[Newsletter](/newsletter)', { siteUrl: site })).toBe('<p><a href="/newsletter">Newsletter</a></p>');
  });

  it('gives links to the newsroom\'s own site no rel, and outside links rel="noopener noreferrer"', () => {
    const site = 'https://the-adriatic.github.io/the-adriatic/';
    expect(renderBodyHtml(`[Earlier](${site}2026/01/01/x/) and [NATO](https://www.nato.int/)`, { siteUrl: site })).toBe(
      `<p><a href="${site}2026/01/01/x/">Earlier</a> and <a href="https://www.nato.int/" rel="noopener noreferrer">NATO</a></p>`,
    );
  });

  it('gives the words without markup for summaries, entities decoded once', () => {
    expect(plainText('<p>Fish &amp;amp; chips &lt;b&gt; <em>now</em></p>')).toBe('Fish &amp; chips <b> now');
  });
});

describe('TaggedCache under steady load', () => {
  it('forgets invalidations no open read began before, and still refuses a read that did', () => {
    const cache = roomy();
    const old = cache.begin();
    cache.invalidate(['doc:old']);
    for (let index = 0; index < 3000; index += 1) {
      const read = cache.begin();
      cache.invalidate([`doc:${index}`]);
      cache.end(read);
    }
    const internals = cache as unknown as { invalidatedAt: Map<string, number> };
    expect(cache.store(old, '/old', entry(['doc:old']))).toBe(false);
    const recent = cache.begin();
    cache.end(old);
    cache.invalidate(['doc:recent']);
    for (let index = 0; index < 2000; index += 1) cache.end(cache.begin());
    expect(internals.invalidatedAt.size).toBeLessThan(10);
    expect(cache.store(recent, '/recent', entry(['doc:recent']))).toBe(false);
    cache.end(recent);
  });
});
