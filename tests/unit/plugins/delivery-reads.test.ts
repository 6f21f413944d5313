import { TaggedCache, type CachedResponse } from '../../../src/plugins/delivery/server/src/domain/cache-store';
import { touchesOnlyDrafts, type RowWrite } from '../../../src/plugins/delivery/server/src/domain/draft-writes';
import { etagOf } from '../../../src/plugins/delivery/server/src/domain/etag';
import { RenderMemo } from '../../../src/plugins/delivery/server/src/domain/memo';
import { reachableTypes, type SchemaAttributes } from '../../../src/plugins/delivery/server/src/domain/reachable-types';
import { contentApiReadHeaders } from '#domain/cors';

const draft = { documentId: 'a1', publishedAt: null };
const published = { documentId: 'a1', publishedAt: '2026-02-19T10:00:00.000Z' };

describe('touchesOnlyDrafts', () => {
  const cases: Array<[string, RowWrite, boolean]> = [
    ["an editor's save of the draft row", { draftAndPublish: true, rows: [draft] }, true],
    ['a new draft made by a bulk create', { draftAndPublish: true, rows: [draft, { ...draft, documentId: 'a2' }] }, true],
    ['a bulk write whose condition names drafts', { draftAndPublish: true, rows: null, where: { documentId: 'a1', publishedAt: null } }, true],
    ['a bulk write whose condition names drafts with $null', { draftAndPublish: true, rows: null, where: { publishedAt: { $null: true } } }, true],
    ['the published row a publish creates', { draftAndPublish: true, rows: [published] }, false],
    ['a bulk write over both rows', { draftAndPublish: true, rows: [draft, published] }, false],
    ['a bulk write whose rows are unknown', { draftAndPublish: true, rows: null, where: { id: { $in: [1, 2] } } }, false],
    ['an update that publishes draft rows', { draftAndPublish: true, rows: [draft], data: { publishedAt: '2026-02-19T10:00:00.000Z' } }, false],
    ['a write to a type without drafts (a kicker, an author)', { draftAndPublish: false, rows: [draft] }, false],
    ['a write that reported no row', { draftAndPublish: true, rows: [] }, false],
  ];

  it.each(cases)('judges %s', (_name, write, expected) => {
    expect(touchesOnlyDrafts(write)).toBe(expected);
  });
});

describe('reachableTypes', () => {
  const schemas: Record<string, SchemaAttributes> = {
    'api::article.article': {
      attributes: {
        title: { type: 'string' },
        kicker: { type: 'relation', target: 'api::kicker.kicker' },
        leadImage: { type: 'component', component: 'media.lead-image' },
      },
    },
    'media.lead-image': { attributes: { file: { type: 'media' }, credit: { type: 'string' } } },
    'api::kicker.kicker': { attributes: { articles: { type: 'relation', target: 'api::article.article' } } },
    'plugin::upload.file': { attributes: {} },
  };

  it('finds every type a populate could reach, through components and back-relations, and no component', () => {
    expect(reachableTypes('api::article.article', (uid) => schemas[uid]).sort()).toEqual(['api::article.article', 'api::kicker.kicker', 'plugin::upload.file']);
  });
});

describe('RenderMemo', () => {
  it('renders an input once and gives the same rendering after, per variant', () => {
    const memo = new RenderMemo(1024 * 1024);
    let made = 0;
    const render = (variant: string) => memo.render(variant, 'a body', () => `${variant}:${++made}`);
    expect([render('site'), render('site'), render('feed')]).toEqual(['site:1', 'site:1', 'feed:2']);
  });

  it('stays within its bound, the least recently used out first', () => {
    const memo = new RenderMemo(1000);
    for (let i = 0; i < 20; i += 1) memo.render('', `body ${i}`, () => 'x'.repeat(100));
    expect(memo.size.bytes).toBeLessThanOrEqual(1000);
    let remade = false;
    memo.render('', 'body 0', () => ((remade = true), 'x'));
    expect(remade).toBe(true);
  });
});

describe('TaggedCache previous answers', () => {
  const entry = (body: string, tags = ['doc:a'], expiresAt?: number): CachedResponse => ({
    body: Buffer.from(body),
    etag: etagOf(body),
    type: 'text/plain',
    tags,
    expiresAt,
  });
  const kept = (cache: TaggedCache, key: string, value: CachedResponse) => {
    const ticket = cache.begin();
    cache.store(ticket, key, value);
    cache.end(ticket);
  };

  it('keeps what a write dropped as the previous answer, for as long as it may stand in', () => {
    const cache = new TaggedCache({ maxBytes: 1024 * 1024, maxEntries: 10, staleForMs: 1000 });
    kept(cache, '/a', entry('v1'));
    cache.invalidate(['doc:a'], 5000);
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.previousAnswer('/a', 5900)?.body.toString()).toBe('v1');
    expect(cache.previousAnswer('/a', 6001)).toBeUndefined();
  });

  it('keeps no previous answer when told not to, for an answer that expires by itself, or once the next is kept', () => {
    const never = new TaggedCache({ maxBytes: 1024 * 1024, maxEntries: 10 });
    kept(never, '/a', entry('v1'));
    never.invalidate(['doc:a']);
    expect(never.previousAnswer('/a')).toBeUndefined();
    const cache = new TaggedCache({ maxBytes: 1024 * 1024, maxEntries: 10, staleForMs: 1000 });
    kept(cache, '/news', entry('v1', ['doc:a'], Date.now() + 60_000));
    kept(cache, '/a', entry('v1'));
    cache.invalidate(['doc:a']);
    expect(cache.previousAnswer('/news')).toBeUndefined();
    kept(cache, '/a', entry('v2'));
    expect(cache.previousAnswer('/a')).toBeUndefined();
  });

  it('forgets every previous answer when cleared', () => {
    const cache = new TaggedCache({ maxBytes: 1024 * 1024, maxEntries: 10, staleForMs: 1000 });
    kept(cache, '/a', entry('v1'));
    cache.invalidate(['doc:a']);
    cache.clear();
    expect(cache.previousAnswer('/a')).toBeUndefined();
  });
});

describe('contentApiReadHeaders', () => {
  it("answers an allowed origin as Strapi's CORS does, and gives none to another", () => {
    expect(contentApiReadHeaders(['*'], 'https://reader.example.org')).toEqual({ Vary: 'Origin', 'Access-Control-Allow-Origin': 'https://reader.example.org' });
    expect(contentApiReadHeaders(['https://site.example.org'], 'https://site.example.org')).toMatchObject({
      'Access-Control-Allow-Origin': 'https://site.example.org',
    });
    expect(contentApiReadHeaders(['https://site.example.org'], 'https://evil.example.net')).toBeNull();
    expect(contentApiReadHeaders([], 'https://site.example.org')).toBeNull();
  });
});
