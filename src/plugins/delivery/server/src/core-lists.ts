import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { cdnHeaders } from './domain/cdn-headers';
import { PUBLIC_ACCESS_TAG, listTags } from './domain/dependency-tags';
import { reachableTypes, type SchemaAttributes, type SchemaLookup } from './domain/reachable-types';
import type { PendingRead, ReadOutcome } from './middlewares/http-cache';
import { WATCHED_UIDS } from './constants';
import { offer } from './respond';
import { deliveryConfig } from './utils';

// The query parameters of Strapi's find (REST API reference); a list asked for with others (a cache-buster) is served
// but not kept, so made-up addresses cannot push real pages out of the cache.
const FIND_PARAMETERS = new Set(['filters', 'sort', 'pagination', 'fields', 'populate', 'locale', 'status']);

type RouteState = { handler?: unknown; info?: { type?: string } } | undefined;

/** The watched type whose core `find` route answered, if any (`api::article.article.find`). */
function listedType(route: RouteState): string | null {
  if (route?.info?.type !== 'content-api' || typeof route.handler !== 'string' || !route.handler.endsWith('.find')) return null;
  const uid = route.handler.slice(0, -'.find'.length);
  return WATCHED_UIDS.includes(uid) ? uid : null;
}

/**
 * The core find lists (`GET /api/articles?populate=…`) as the delivery lists are: a public answer is kept under its
 * address, tagged with the lists of every type a populate could reach from its type, and with the public role's
 * access, since what the public may read decides the answer.
 */
export function coreLists(strapi: Core.Strapi) {
  // Strapi's getModel finds content types and components alike.
  const schemas: SchemaLookup = (uid) => strapi.getModel(uid as never) as SchemaAttributes | undefined;
  const tagsByType = new Map<string, string[]>();
  const tagsOf = (uid: string): string[] => {
    let tags = tagsByType.get(uid);
    if (!tags) {
      const shown = reachableTypes(uid, schemas).filter((type) => WATCHED_UIDS.includes(type));
      tags = [...listTags(shown), PUBLIC_ACCESS_TAG];
      tagsByType.set(uid, tags);
    }
    return tags;
  };

  const cdn = deliveryConfig(strapi).cdn;
  /** The tags of a public core find answer, or null for any other answer. */
  const answerTags = (ctx: Context): string[] | null => {
    const uid = listedType(ctx.state.route as RouteState);
    return uid && ctx.status === 200 ? tagsOf(uid) : null;
  };

  return {
    /** Gives a public core find answer the headers a CDN keeps and drops it by, before its caching rules are set. */
    tagForCdn(ctx: Context): void {
      const tags = answerTags(ctx);
      if (tags) ctx.set(cdnHeaders(tags, cdn));
    },

    /** Offers a public core find answer to the cache, once it has its ETag; answers what became of it, if offered. */
    keep(ctx: Context, read: PendingRead): ReadOutcome | undefined {
      const tags = answerTags(ctx);
      if (!tags || typeof ctx.body !== 'string') return undefined;
      if (!Object.keys(ctx.query).every((name) => FIND_PARAMETERS.has(name))) return undefined;
      return offer(strapi, ctx, read, { body: Buffer.from(ctx.body), etag: ctx.response.get('ETag'), type: ctx.response.get('Content-Type'), tags });
    },
  };
}
