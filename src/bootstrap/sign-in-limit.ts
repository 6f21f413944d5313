import type { Core } from '@strapi/strapi';
import { isSignInRoute, type RouteInfo } from '#domain/sign-in-limit';
import { createAttemptsTable } from '#kernel/sign-in-attempts';
import signInLimit from '../middlewares/sign-in-limit';

/**
 * Strapi guards its credential routes with in-memory limiters of its own (`admin::rateLimit` on /admin/login and
 * /admin/register-admin, `plugin::users-permissions.rateLimit` on the /api/auth routes), each counting per instance and
 * /admin/login's per e-mail and address, so a new e-mail starts a new count. On the two sign-in routes the newsroom's
 * limit (src/middlewares/sign-in-limit.ts) takes their place; on their other routes Strapi's stay as they are.
 */
const STRAPI_LIMITERS = ['admin::rateLimit', 'plugin::users-permissions.rateLimit'];

type Factory = Core.MiddlewareFactory;

export function limitSignIns(strapi: Core.Strapi): void {
  const registry = strapi.get('middlewares') as { extend(uid: string, extend: (factory: Factory) => Factory): unknown };
  const ours = signInLimit({}, { strapi });
  for (const uid of STRAPI_LIMITERS) {
    registry.extend(uid, (strapiLimiter) => (config, deps) => {
      const theirs = strapiLimiter(config, deps);
      return (ctx, next) => {
        if (isSignInRoute(ctx.state.route as RouteInfo | undefined)) return ours(ctx, next);
        return theirs ? theirs(ctx, next) : next();
      };
    });
  }
}

/** Makes the table the counts are kept in, before the server takes requests. */
export const prepareSignInLimit = (strapi: Core.Strapi): Promise<void> => createAttemptsTable(strapi);
