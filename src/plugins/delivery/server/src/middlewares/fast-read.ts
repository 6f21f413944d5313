import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { contentApiReadHeaders, corsAudience } from '#domain/cors';
import { deliveryConfig, getService } from '../utils';
import { sendKept } from './http-cache';

interface FastReadConfig {
  /** The origins the Content API answers (CORS_ORIGINS), as strapi::cors is given them. */
  contentApiOrigins?: readonly string[];
}

/**
 * First of all middlewares: a public read the cache holds (a site's server, an app, a CDN, a feed reader, a browser on
 * a frontend's page) is answered at once, with the headers its first answer carried, skipping the request log,
 * helmet's per-request work and CORS. A browser's read from an allowed origin gets the CORS headers strapi::cors would
 * have given it; from any other origin, or to an admin address, it goes on, to be answered (or refused) by the rest.
 */
export default (config: FastReadConfig, { strapi }: { strapi: Core.Strapi }) => {
  const { maxAge } = deliveryConfig(strapi).cache;
  const origins = config.contentApiOrigins ?? [];

  return (ctx: Context, next: Next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.get('authorization')) return next();
    const origin = ctx.get('origin');
    const cors = origin ? (corsAudience(ctx.path) === 'content-api' ? contentApiReadHeaders(origins, origin) : null) : {};
    if (!cors) return next();
    const hit = getService(strapi, 'cache').lookup(ctx.url);
    if (!hit) return next();
    sendKept(ctx, hit, maxAge);
    ctx.set(cors);
  };
};
