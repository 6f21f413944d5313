import {
  ALL_KEY,
  answerKeys,
  bucketTag,
  cdnHeaders,
  encodeTag,
  withSharedMaxAge,
  type CdnHeaderSettings,
} from '../../../src/plugins/delivery/server/src/domain/cdn-headers';
import { cdnConfigProblems, readCdnConfig } from '../../../src/plugins/delivery/server/src/domain/cdn-config';
import { documentTags, listTags, writeTags } from '../../../src/plugins/delivery/server/src/domain/dependency-tags';
import { backoffDelays, chunkKeys, mergeKeys, purgeKeys } from '../../../src/plugins/delivery/server/src/domain/purge-keys';

const ARTICLE = 'api::article.article';
const HIGHLIGHT = 'api::highlight.highlight';
const SOURCE = 'api::source.source';

const settings = (overrides: Partial<CdnHeaderSettings> = {}): CdnHeaderSettings => ({
  tagHeaders: ['Surrogate-Key', 'xkey', 'Cache-Tag'],
  maxAge: 0,
  maxTagHeaderBytes: 4000,
  ...overrides,
});

const articleTags = documentTags([
  { uid: ARTICLE, documentId: 'a1' },
  { uid: SOURCE, documentId: 's1' },
]);

// An article citing many sources, each with a highlight: more names than a header holds.
const crowdedTags = documentTags([
  { uid: ARTICLE, documentId: 'a1' },
  ...Array.from({ length: 150 }, (_, index) => ({ uid: HIGHLIGHT, documentId: `highlight${String(index).padStart(17, '0')}` })),
  ...Array.from({ length: 20 }, (_, index) => ({ uid: SOURCE, documentId: `source${String(index).padStart(18, '0')}` })),
]);

describe('CDN headers', () => {
  it('sends nothing when no tag header is configured', () => {
    expect(cdnHeaders(articleTags, settings({ tagHeaders: [], maxAge: 60 }))).toEqual({});
  });

  it('names every tag of an answer, and the all key, space-separated for Surrogate-Key and xkey, comma-separated for Cache-Tag', () => {
    const headers = cdnHeaders(articleTags, settings());
    const keys = [ALL_KEY, ...articleTags];
    expect(headers['Surrogate-Key']).toBe(keys.join(' '));
    expect(headers.xkey).toBe(keys.join(' '));
    expect(headers['Cache-Tag']).toBe(keys.join(','));
  });

  it('sends only the configured headers', () => {
    expect(Object.keys(cdnHeaders(articleTags, settings({ tagHeaders: ['xkey'] })))).toEqual(['xkey']);
  });

  it('gives the CDN its lifetime in Surrogate-Control only when a CDN max age is set', () => {
    expect(cdnHeaders(articleTags, settings())['Surrogate-Control']).toBeUndefined();
    expect(cdnHeaders(articleTags, settings({ maxAge: 300 }))['Surrogate-Control']).toBe('max-age=300');
  });

  it.each([
    ['public, max-age=0, must-revalidate', 'max-age=300', 'public, max-age=0, must-revalidate, s-maxage=300'],
    ['public, max-age=0, must-revalidate', undefined, 'public, max-age=0, must-revalidate'],
    ['public, max-age=60, must-revalidate', 'max-age=0', 'public, max-age=60, must-revalidate, s-maxage=0'],
  ])('turns %s with Surrogate-Control %s into %s', (cacheControl, surrogate, expected) => {
    expect(withSharedMaxAge(cacheControl, surrogate)).toBe(expected);
  });

  it.each([
    ['doc:api::article.article:abc123', 'doc:api::article.article:abc123'],
    ['doc:api::x.y:a b,c', 'doc:api::x.y:a%20b%2Cc'],
    ['type:plugin::upload.file', 'type:plugin::upload.file'],
    ['list:ščž', 'list:%C5%A1%C4%8D%C5%BE'],
  ])('encodes the tag %s as the key %s, with no space or comma', (tag, key) => {
    expect(encodeTag(tag)).toBe(key);
  });

  it('folds the doc tags of the type naming the most documents into buckets when every tag does not fit', () => {
    const keys = answerKeys(crowdedTags, 4000);
    expect(keys).not.toBeNull();
    expect(keys!.join(' ').length).toBeLessThanOrEqual(4000);
    expect(keys!.some((key) => key.startsWith(`doc:${HIGHLIGHT}:`))).toBe(false);
    expect(keys).toContain(`doc:${ARTICLE}:a1`);
    expect(keys).toContain(bucketTag(`doc:${HIGHLIGHT}:highlight00000000000000007`));
    expect(keys!.filter((key) => key.startsWith(`docs:${HIGHLIGHT}:`)).length).toBeLessThanOrEqual(16);
  });

  it('asks the CDN neither to tag nor to keep an answer whose keys do not fit even folded', () => {
    expect(answerKeys(crowdedTags, 300)).toBeNull();
    expect(cdnHeaders(crowdedTags, settings({ maxAge: 300, maxTagHeaderBytes: 300 }))).toEqual({});
  });
});

describe('purge keys', () => {
  it('purges the all key for "drop everything", which every tagged answer carries', () => {
    expect(purgeKeys('all')).toEqual([ALL_KEY]);
    expect(cdnHeaders(listTags([ARTICLE]), settings()).xkey.split(' ')).toContain(ALL_KEY);
  });

  it("purges a written document's tag beside its bucket, so an answer that folded it goes too", () => {
    const write = writeTags({ uid: HIGHLIGHT, documentIds: ['highlight00000000000000007'], relinked: [] });
    const keys = purgeKeys(write);
    const folded = answerKeys(crowdedTags, 4000)!;
    expect(keys.some((key) => folded.includes(key))).toBe(true);
    expect(keys).toContain(`doc:${HIGHLIGHT}:highlight00000000000000007`);
    expect(keys).toContain(`list:${HIGHLIGHT}`);
  });

  it('purges nothing for an invalidation of no tags (a draft-only save)', () => {
    expect(purgeKeys([])).toEqual([]);
  });

  it('merges waiting keys without repeats, and lets the all key stand for every other', () => {
    expect([...mergeKeys(['a', 'b'], ['b', 'c'])]).toEqual(['a', 'b', 'c']);
    expect([...mergeKeys(['a', 'b'], [ALL_KEY])]).toEqual([ALL_KEY]);
  });

  it.each([
    [['aaa', 'bbb', 'ccc'], 7, [['aaa', 'bbb'], ['ccc']]],
    [['aaa', 'bbb', 'ccc'], 100, [['aaa', 'bbb', 'ccc']]],
    [['aaaaaaaaaa', 'b'], 5, [['aaaaaaaaaa'], ['b']]],
    [[], 10, []],
  ])('chunks %j within %i bytes as %j', (keys, maxBytes, expected) => {
    expect(chunkKeys(keys, maxBytes)).toEqual(expected);
  });

  it('waits twice as long before each retry, up to a ceiling, one wait fewer than the attempts', () => {
    expect(backoffDelays(6, 250, 2000)).toEqual([250, 500, 1000, 2000, 2000]);
    expect(backoffDelays(1, 250, 2000)).toEqual([]);
  });
});

describe('CDN configuration', () => {
  it('is off and sound by default', () => {
    const config = readCdnConfig(undefined);
    expect(config.tagHeaders).toEqual([]);
    expect(cdnConfigProblems(config)).toEqual([]);
  });

  it('takes header names in any case, in the spelling CDNs document', () => {
    expect(readCdnConfig({ tagHeaders: ['surrogate-key', 'XKEY'] as never }).tagHeaders).toEqual(['Surrogate-Key', 'xkey']);
  });

  it.each([
    [{ tagHeaders: ['X-Tags'] }, 'cdn.tagHeaders takes'],
    [{ maxAge: 60 }, 'needs cdn.tagHeaders'],
    [{ varnish: { urls: ['http://127.0.0.1:6081'], soft: false } }, 'needs cdn.tagHeaders'],
    [{ tagHeaders: ['xkey'], varnish: { urls: ['ftp://cache'], soft: false } }, 'not an http(s) URL'],
    [{ tagHeaders: ['xkey'], maxAge: -1 }, 'cdn.maxAge'],
    [{ tagHeaders: ['xkey'], purgeWaitMs: 60000 }, 'cdn.purgeWaitMs'],
    [{ tagHeaders: ['xkey'], webhook: { url: null, secret: 's' } }, 'without cdn.webhook.url'],
  ])('refuses %j at boot', (config, problem) => {
    expect(cdnConfigProblems(readCdnConfig(config as never)).join(' ')).toContain(problem);
  });
});
