import type { Core } from '@strapi/strapi';
import type { RedisSettings } from '#domain/redis-sign-in';
import { isSignInRoute, type RouteInfo } from '#domain/sign-in-limit';
import { redisAttemptStore } from '#kernel/redis-connection';
import { databaseAttemptStore, type AttemptStore } from '#kernel/sign-in-attempts';
import signInLimit from '../middlewares/sign-in-limit';

/**
 * Strapi guards its credential routes with in-memory limiters of its own (`admin::rateLimit` on /admin/login and
 * /admin/register-admin, `plugin::users-permissions.rateLimit` on the /api/auth routes), each counting per instance and
 * /admin/login's per e-mail and address, so a new e-mail starts a new count. On the two sign-in routes the newsroom's
 * limit (src/middlewares/sign-in-limit.ts) takes their place; on their other routes Strapi's stay as they are.
 */
const STRAPI_LIMITERS = ['admin::rateLimit', 'plugin::users-permissions.rateLimit'];

type Factory = Core.MiddlewareFactory;

/**
 * Where the counts are kept: in Redis when REDIS_URL is set (config/sign-in.ts), else in the CMS's database. Without
 * REDIS_URL no Redis client is made, so nothing tries to reach one.
 */
function attemptStore(strapi: Core.Strapi): AttemptStore {
  const redis = strapi.config.get<RedisSettings | undefined>('sign-in.redis');
  return redis ? redisAttemptStore(strapi, redis) : databaseAttemptStore(strapi);
}

/** Puts the limit on the two sign-in routes; answers the store the counts are kept in, for bootstrap and shutdown. */
export function limitSignIns(strapi: Core.Strapi): AttemptStore {
  const registry = strapi.get('middlewares') as { extend(uid: string, extend: (factory: Factory) => Factory): unknown };
  const store = attemptStore(strapi);
  const ours = signInLimit({}, { strapi }, store);
  for (const uid of STRAPI_LIMITERS) {
    registry.extend(uid, (strapiLimiter) => (config, deps) => {
      const theirs = strapiLimiter(config, deps);
      return (ctx, next) => {
        if (isSignInRoute(ctx.state.route as RouteInfo | undefined)) return ours(ctx, next);
        return theirs ? theirs(ctx, next) : next();
      };
    });
  }
  return store;
}
