import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { deliveryConfig, getService } from '../utils';
import { sendKept } from './http-cache';

/**
 * First of all middlewares: a public read with no Origin (a site's server, an app, a CDN, a feed reader) that the cache
 * holds is answered at once, with the headers its first answer carried, skipping the request log, helmet's per-request
 * work and CORS. Anything else goes on, to be served by http-cache after CORS.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { maxAge } = deliveryConfig(strapi).cache;

  return (ctx: Context, next: Next) => {
    if ((ctx.method === 'GET' || ctx.method === 'HEAD') && !ctx.get('authorization') && !ctx.get('origin')) {
      const hit = getService(strapi, 'cache').lookup(ctx.url);
      if (hit) return sendKept(ctx, hit, maxAge);
    }
    return next();
  };
};
