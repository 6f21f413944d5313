import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { withSharedMaxAge } from '../domain/cdn-headers';
import { cacheControl, etagOf } from '../domain/etag';
import type { CachedResponse, ReadTicket } from '../domain/cache-store';
import { deliveryConfig, getService } from '../utils';

const READS = new Set(['GET', 'HEAD']);

/** What a delivery handler needs to keep its response: the read's ticket and the key the request is looked up by. */
export interface PendingRead {
  ticket: ReadTicket;
  key: string;
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

/** Gives a Content API response its validator and caching rules, and answers a matching If-None-Match with 304. */
function revalidate(ctx: Context, publicRead: boolean, maxAge: number): void {
  if (ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return;
  // A response that said it must never be stored (a signed draft preview) keeps its word: no public caching rules.
  if (/\bno-store\b/.test(ctx.response.get('Cache-Control'))) return;
  // Only a public answer the delivery routes tagged carries Surrogate-Control (respond.ts); the CDN may keep that one.
  const surrogate = publicRead ? ctx.response.get('Surrogate-Control') || undefined : undefined;
  ctx.set('Cache-Control', withSharedMaxAge(cacheControl(publicRead, maxAge), surrogate));
  if (!ctx.response.get('ETag')) {
    const body = ctx.body;
    if (typeof body === 'string' || Buffer.isBuffer(body)) ctx.set('ETag', etagOf(body));
    else if (typeof (body as { pipe?: unknown }).pipe !== 'function') {
      // Serialized here rather than by Koa so the bytes hashed are the bytes sent.
      const type = ctx.type || 'application/json';
      ctx.body = JSON.stringify(body);
      ctx.type = type;
      ctx.set('ETag', etagOf(ctx.body as string));
    } else return;
  }
  if (ctx.fresh) ctx.status = 304;
}

/**
 * After CORS, in front of routing: public reads the cache holds are answered here, before policies and the database
 * (a cross-origin read gets its CORS headers first); other public reads go on with a ticket so their handler can keep
 * the response; every Content API read leaves with an ETag and Cache-Control. A write waits, before it answers, until
 * the other instances have heard of it.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/`;
  const { maxAge } = deliveryConfig(strapi).cache;

  return async (ctx: Context, next: Next) => {
    const cache = getService(strapi, 'cache');
    if (!READS.has(ctx.method)) {
      await next();
      await cache.settled();
      return;
    }
    if (!ctx.path.startsWith(prefix)) return next();
    const publicRead = isPublicRead(ctx);
    if (publicRead) {
      const hit = cache.lookup(ctx.url);
      if (hit) return sendKept(ctx, hit, maxAge);
    }
    const ticket = cache.begin();
    ctx.state.deliveryRead = publicRead ? ({ ticket, key: ctx.url } satisfies PendingRead) : undefined;
    try {
      await next();
    } finally {
      cache.end(ticket);
    }
    revalidate(ctx, publicRead, maxAge);
  };
};
