import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { withSharedMaxAge } from '../domain/cdn-headers';
import { cacheControl, etagOf } from '../domain/etag';
import type { CachedResponse, ReadTicket } from '../domain/cache-store';
import { coreLists } from '../core-lists';
import { deliveryConfig, getService } from '../utils';

const READS = new Set(['GET', 'HEAD']);

export type ReadOutcome = 'kept' | 'refused';

/** What a delivery handler needs to keep its response: the read's ticket and the key the request is looked up by. */
export interface PendingRead {
  ticket: ReadTicket;
  key: string;
  /**
   * What became of the answer offered to the cache: kept, or refused because a write landed while it was read. Unset
   * when none was offered (an error, a 404, an address the cache does not serve).
   */
  outcome?: ReadOutcome;
}

const isPublicRead = (ctx: Context): boolean => !ctx.get('authorization');

/** Answers from a kept response, with 304 when the caller already holds it. */
export function sendKept(ctx: Context, entry: CachedResponse, maxAge: number): void {
  ctx.status = 200;
  if (entry.headers) ctx.set(entry.headers);
  ctx.set('ETag', entry.etag);
  // Kept headers are named in lower case, as Node holds them.
  ctx.set('Cache-Control', withSharedMaxAge(cacheControl(true, maxAge), entry.headers?.['surrogate-control']));
  ctx.type = entry.type;
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.body = entry.body;
}

/**
 * Sends the answer a write dropped, standing in while the new one is made: readers may have it, but no cache may keep
 * it, so it goes without the CDN's tags and lifetime (a CDN purged by that write must not store the old page again).
 */
function sendStandIn(ctx: Context, entry: CachedResponse, cdnHeaders: readonly string[]): void {
  sendKept(ctx, entry, 0);
  for (const name of [...cdnHeaders, 'Surrogate-Control']) ctx.remove(name);
  ctx.set('Cache-Control', 'no-store');
}

/** Gives a Content API response its validator and caching rules; answers whether it has them. */
function validate(ctx: Context, publicRead: boolean, maxAge: number): boolean {
  if (ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return false;
  // A response that said it must never be stored (a signed draft preview) keeps its word: no public caching rules.
  if (/\bno-store\b/.test(ctx.response.get('Cache-Control'))) return false;
  // Only a public answer the delivery routes tagged carries Surrogate-Control (respond.ts); the CDN may keep that one.
  const surrogate = publicRead ? ctx.response.get('Surrogate-Control') || undefined : undefined;
  ctx.set('Cache-Control', withSharedMaxAge(cacheControl(publicRead, maxAge), surrogate));
  if (!ctx.response.get('ETag')) {
    const body = ctx.body;
    if (typeof body === 'string' || Buffer.isBuffer(body)) ctx.set('ETag', etagOf(body));
    else if (typeof (body as { pipe?: unknown }).pipe !== 'function') {
      // Serialized here rather than by Koa so the bytes hashed are the bytes sent. The header is kept whole: Koa's
      // ctx.type drops parameters, such as the Web Annotation media type's profile.
      const contentType = ctx.response.get('Content-Type') || 'application/json; charset=utf-8';
      ctx.body = JSON.stringify(body);
      ctx.set('Content-Type', contentType);
      ctx.set('ETag', etagOf(ctx.body as string));
    } else return false;
  }
  return true;
}

/**
 * After CORS, in front of routing: public reads the cache holds are answered here, before policies and the database
 * (a cross-origin read gets its CORS headers first). A miss of an address another read is already making waits for
 * that read, or is given the answer a write just dropped meanwhile; the others go on with a ticket so their handler can
 * keep the response. Every Content API read leaves with an ETag and Cache-Control. A write waits, before it answers,
 * until the other instances have heard of it.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/`;
  const { cache: cacheConfig, cdn } = deliveryConfig(strapi);
  const { maxAge } = cacheConfig;
  const lists = coreLists(strapi);

  return async (ctx: Context, next: Next) => {
    const cache = getService(strapi, 'cache');
    if (!READS.has(ctx.method)) {
      await next();
      await cache.settled();
      return;
    }
    if (!ctx.path.startsWith(prefix)) return next();
    const publicRead = isPublicRead(ctx);
    const key = ctx.url;
    let underway: Promise<void> | undefined;
    if (publicRead) {
      const hit = cache.lookup(key);
      if (hit) return sendKept(ctx, hit, maxAge);
      underway = cache.underway(key);
      if (underway) {
        const previous = cache.previousAnswer(key);
        if (previous) return sendStandIn(ctx, previous, cdn.tagHeaders);
        await underway;
        const made = cache.lookup(key);
        if (made) return sendKept(ctx, made, maxAge);
      }
    }
    // A reader who waited in vain (the answer was not kept) reads for itself, without making others wait on it.
    const finish = publicRead && !underway ? cache.lead(key) : undefined;
    const ticket = cache.begin();
    const read: PendingRead | undefined = publicRead ? { ticket, key } : undefined;
    ctx.state.deliveryRead = read;
    try {
      await next();
      if (read) lists.tagForCdn(ctx);
      if (validate(ctx, publicRead, maxAge)) {
        if (read && !read.outcome) read.outcome = lists.keep(ctx, read);
        // A matching If-None-Match is answered with 304 once the whole answer was offered to the cache.
        if (ctx.fresh) ctx.status = 304;
      }
    } finally {
      cache.end(ticket);
      finish?.(read?.outcome);
    }
  };
};
