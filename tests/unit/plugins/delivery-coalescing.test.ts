import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import httpCache, { type PendingRead } from '../../../src/plugins/delivery/server/src/middlewares/http-cache';
import cacheService from '../../../src/plugins/delivery/server/src/services/cache';
import { etagOf } from '../../../src/plugins/delivery/server/src/domain/etag';

const PAGE = '/api/articles/by-slug/kfor';
const TAGS = ['doc:api::article.article:a1'];

/** A Strapi with the delivery plugin's real cache service, and no CDN to purge: the middleware asks for no more. */
function fakeStrapi(): { strapi: Core.Strapi; cache: ReturnType<typeof cacheService> } {
  const config: Record<string, unknown> = { 'plugin::delivery': { cache: { staleSeconds: 10 } }, 'api.rest.prefix': '/api' };
  const strapi = {
    config: { get: (key: string, fallback?: unknown) => config[key] ?? fallback },
    log: { warn: () => undefined },
  } as unknown as Core.Strapi;
  const cache = cacheService({ strapi });
  const purgers = { purge: () => undefined, settled: async () => undefined };
  Object.assign(strapi, { plugin: () => ({ service: (name: string) => (name === 'purgers' ? purgers : cache) }) });
  return { strapi, cache };
}

function fakeContext(url = PAGE): Context {
  const headers: Record<string, string> = {};
  const ctx = {
    method: 'GET',
    path: url,
    url,
    query: {},
    state: {},
    status: 404,
    body: undefined as unknown,
    type: '',
    fresh: false,
    get: () => '',
    set: (name: string | Record<string, string>, value?: string) => Object.assign(headers, typeof name === 'string' ? { [name]: value } : name),
    remove: (name: string) => delete headers[name],
    response: { get: (name: string) => headers[name] ?? '', headers },
  };
  return ctx as unknown as Context;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const text = (ctx: Context) => String(ctx.body);

/** A route handler that reads "the database" (counted, slow enough for others to arrive) and offers what it made. */
function handler(cache: ReturnType<typeof cacheService>, answer: { body: string | null }) {
  const counts = { reads: 0, open: 0, mostOpen: 0 };
  const handle = async (ctx: Context) => {
    counts.reads += 1;
    counts.open += 1;
    counts.mostOpen = Math.max(counts.mostOpen, counts.open);
    const made = answer.body;
    await tick();
    counts.open -= 1;
    if (made === null) return;
    const read = ctx.state.deliveryRead as PendingRead;
    const kept = cache.keep(read.ticket, read.key, { body: Buffer.from(made), etag: etagOf(made), type: 'application/json', tags: TAGS });
    read.outcome = kept ? 'kept' : 'refused';
    ctx.status = 200;
    ctx.body = Buffer.from(made);
    ctx.set('ETag', etagOf(made));
  };
  return { counts, handle };
}

function setUp() {
  const { strapi, cache } = fakeStrapi();
  const middleware = httpCache(undefined, { strapi });
  const answer = { body: 'v1' as string | null };
  const { counts, handle } = handler(cache, answer);
  const readPage = async (url = PAGE) => {
    const ctx = fakeContext(url);
    await middleware(ctx, () => handle(ctx));
    return ctx;
  };
  return { cache, answer, counts, readPage };
}

describe('The delivery cache under concurrent readers', () => {
  it('makes one read for a burst of readers of a page it does not hold', async () => {
    const { counts, readPage } = setUp();
    const answers = await Promise.all(Array.from({ length: 6 }, () => readPage()));
    expect(counts.reads).toBe(1);
    expect(answers.map(text)).toEqual(Array(6).fill('v1'));
  });

  it('gives readers the previous answer while the first reader after a write makes the new one', async () => {
    const { cache, answer, counts, readPage } = setUp();
    await readPage();
    cache.committed(TAGS);
    answer.body = 'v2';
    const first = readPage();
    const others = await Promise.all([readPage(), readPage(), readPage()]);
    expect(others.map(text)).toEqual(['v1', 'v1', 'v1']);
    // A stand-in is for the reader only: no browser or CDN may keep it.
    expect(others.map((ctx) => ctx.response.get('Cache-Control'))).toEqual(['no-store', 'no-store', 'no-store']);
    expect(text(await first)).toBe('v2');
    expect(text(await readPage())).toBe('v2');
    expect(counts.reads).toBe(2);
  });

  it('gives no previous answer once the new one is made, even when the page is gone', async () => {
    const { cache, answer, readPage } = setUp();
    await readPage();
    cache.committed(TAGS);
    answer.body = null;
    expect((await readPage()).status).toBe(404);
    const after = await Promise.all([readPage(), readPage()]);
    expect(after.map((ctx) => ctx.status)).toEqual([404, 404]);
  });

  it('lets a refresh a later write refused stand in for the next one, and ends standing in once one is kept', async () => {
    const { cache, answer, readPage } = setUp();
    await readPage();
    cache.committed(TAGS);
    answer.body = 'v2';
    const refresh = readPage();
    // Another write lands while the refresh reads: its answer may be out of date, so it is not kept.
    cache.committed(TAGS);
    expect(text(await refresh)).toBe('v2');
    answer.body = 'v3';
    const next = await Promise.all([readPage(), readPage(), readPage()]);
    expect(next.map(text)).toEqual(['v3', 'v2', 'v2']);
    answer.body = 'v4';
    cache.committed(['doc:api::article.article:another']);
    expect((await Promise.all([readPage(), readPage()])).map(text)).toEqual(['v3', 'v3']);
  });

  it('lets readers of a page that is never kept read side by side once it is known', async () => {
    const { answer, counts, readPage } = setUp();
    answer.body = null;
    await readPage();
    counts.mostOpen = 0;
    await Promise.all([readPage(), readPage(), readPage()]);
    expect(counts.mostOpen).toBe(3);
  });
});
