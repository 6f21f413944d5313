import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { countedAddress, SIGN_IN_LIMIT, signedIn, signInKey, verdict } from '#domain/sign-in-limit';
import { databaseAttemptCounter, type AttemptCounter } from '#kernel/sign-in-attempts';

/** Whether the limit is on (config/sign-in.ts, AUTH_RATELIMIT_ENABLED); read per request, so a test can switch it. */
const enabled = (strapi: Core.Strapi): boolean => strapi.config.get<boolean>('sign-in.limit.enabled', true) !== false;

/**
 * The sign-in limit on one route (src/bootstrap/sign-in-limit.ts puts it on /admin/login and /api/auth/local): counts
 * the attempt against the caller's address (ctx.request.ip: the socket's address, or the one a trusted proxy names, see
 * IS_PROXIED in config/server.ts), refuses it with 429 and Retry-After once the address is over the limit, and gives
 * the count back when the sign-in succeeds.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }, counter: AttemptCounter = databaseAttemptCounter(strapi)): Core.MiddlewareHandler =>
  async (ctx, next) => {
    if (!enabled(strapi)) return next();
    const now = Date.now();
    const key = signInKey(countedAddress(ctx.request.ip));
    const counted = await counter.attempt(key, SIGN_IN_LIMIT, now);
    const answer = verdict(counted, SIGN_IN_LIMIT, now);
    if (!answer.allowed) {
      ctx.set('Retry-After', String(answer.retryAfterSeconds));
      throw new errors.RateLimitError(`Too many sign-in attempts from this address. Try again in ${answer.retryAfterSeconds} seconds.`, {
        retryAfter: answer.retryAfterSeconds,
      });
    }
    await next();
    if (signedIn(ctx.status)) await counter.giveBack(key, counted);
  };
