import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { cdnHeaders } from './domain/cdn-headers';
import { etagOf, replayableHeaders } from './domain/etag';
import type { CachedResponse } from './domain/cache-store';
import type { PendingRead, ReadOutcome } from './middlewares/http-cache';
import { deliveryConfig, getService } from './utils';

// The only query parameters a delivery route reads (`path` is the app's by-permalink route, which answers through
// delivery); a response asked for with others (a cache-buster) is served but not kept, so made-up addresses cannot push
// real pages out of the cache.
const READ_PARAMETERS = new Set(['page', 'pageSize', 'path']);

export const JSON_TYPE = 'application/json; charset=utf-8';
export const JSON_LD_TYPE = 'application/ld+json; charset=utf-8';

export interface Rendered {
  body: string | Record<string, unknown>;
  type: string;
  /** What the response shows (dependency-tags), so a write to any of it drops the cached copy. */
  tags: string[];
  expiresAt?: number;
  /** Query parameters this answer depends on beyond READ_PARAMETERS (a search's `q`): kept in its cache key. */
  parameters?: readonly string[];
}

/** Offers a public answer to the cache with the headers it leaves with, so a reply from the cache carries them too. */
export function offer(strapi: Core.Strapi, ctx: Context, read: PendingRead, answer: Omit<CachedResponse, 'headers'>): ReadOutcome {
  const headers = replayableHeaders(ctx.response.headers as Record<string, string | string[] | number | undefined>);
  return getService(strapi, 'cache').keep(read.ticket, read.key, { ...answer, headers }) ? 'kept' : 'refused';
}

/** Sends a delivery response and, for a public read, keeps its bytes in the cache under the request's address. */
export function respond(strapi: Core.Strapi, ctx: Context, rendered: Rendered): void {
  const body = Buffer.from(typeof rendered.body === 'string' ? rendered.body : JSON.stringify(rendered.body));
  const etag = etagOf(body);
  const read = ctx.state.deliveryRead as PendingRead | undefined;
  // Only a public read is told to a CDN; set before the headers are kept, so a reply from the cache carries them too.
  if (read) ctx.set(cdnHeaders(rendered.tags, deliveryConfig(strapi).cdn));
  if (read && Object.keys(ctx.query).every((name) => READ_PARAMETERS.has(name) || rendered.parameters?.includes(name))) {
    read.outcome = offer(strapi, ctx, read, { body, etag, type: rendered.type, tags: rendered.tags, expiresAt: rendered.expiresAt });
  }
  ctx.set('ETag', etag);
  ctx.type = rendered.type;
  ctx.body = body;
}
