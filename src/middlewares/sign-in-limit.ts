import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { unavailableResponse } from '#domain/database-unavailable';
import { countedAddress, SIGN_IN_COUNT_UNAVAILABLE_MESSAGE, SIGN_IN_LIMIT, signedIn, signInKey, verdict } from '#domain/sign-in-limit';
import { CountUnavailableError, databaseAttemptCounter, type AttemptCounter } from '#kernel/sign-in-attempts';

/** Whether the limit is on (config/sign-in.ts, AUTH_RATELIMIT_ENABLED); read per request, so a test can switch it. */
const enabled = (strapi: Core.Strapi): boolean => strapi.config.get<boolean>('sign-in.limit.enabled', true) !== false;

/** An attempt that could not be counted is not let through: 503 and Retry-After, as for a database that is away. */
function answerUncountable(strapi: Core.Strapi, ctx: Context, error: CountUnavailableError): void {
  strapi.log.warn(`${ctx.method} ${ctx.path}: ${error.message}`);
  const response = unavailableResponse(SIGN_IN_COUNT_UNAVAILABLE_MESSAGE);
  ctx.status = response.status;
  ctx.set(response.headers);
  ctx.body = response.body;
}

/**
 * The sign-in limit on one route (src/bootstrap/sign-in-limit.ts puts it on /admin/login and /api/auth/local): counts
 * the attempt against the caller's address (ctx.request.ip: the socket's address, or the one a trusted proxy names, see
 * IS_PROXIED in config/server.ts), refuses it with 429 and Retry-After once the address is over the limit, and gives
 * the count back when the sign-in succeeds. A count that cannot be taken (Redis away) refuses the attempt with 503; a
 * count that cannot be given back leaves the sign-in signed in and its attempt counted, the safe side of the limit.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }, counter: AttemptCounter = databaseAttemptCounter(strapi)): Core.MiddlewareHandler =>
  async (ctx, next) => {
    if (!enabled(strapi)) return next();
    const now = Date.now();
    const key = signInKey(countedAddress(ctx.request.ip));
    let counted;
    try {
      counted = await counter.attempt(key, SIGN_IN_LIMIT, now);
    } catch (error) {
      if (error instanceof CountUnavailableError) return answerUncountable(strapi, ctx, error);
      throw error;
    }
    const answer = verdict(counted, SIGN_IN_LIMIT, now);
    if (!answer.allowed) {
      ctx.set('Retry-After', String(answer.retryAfterSeconds));
      throw new errors.RateLimitError(`Too many sign-in attempts from this address. Try again in ${answer.retryAfterSeconds} seconds.`, {
        retryAfter: answer.retryAfterSeconds,
      });
    }
    await next();
    if (!signedIn(ctx.status)) return;
    try {
      await counter.giveBack(key, counted);
    } catch (error) {
      if (!(error instanceof CountUnavailableError)) throw error;
      strapi.log.warn(`${ctx.method} ${ctx.path}: a successful sign-in stays counted. ${error.message}`);
    }
  };
