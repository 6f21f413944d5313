import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { isDatabaseUnavailable, unavailableResponse } from '../utils/database-unavailable';

const PROBE_TIMEOUT_MS = 2000;

/** Whether the database answers a trivial query now; one that does not answer within the timeout does not. */
async function databaseAnswers(strapi: Core.Strapi): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)));
  const probe = strapi.db.connection.raw('select 1').then(
    () => true,
    (error: unknown) => !isDatabaseUnavailable(error),
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function answerUnavailable(strapi: Core.Strapi, ctx: Context, reason: string): void {
  strapi.log.warn(`${ctx.method} ${ctx.path}: database unavailable (${reason}).`);
  const response = unavailableResponse();
  ctx.status = response.status;
  ctx.set(response.headers);
  ctx.body = response.body;
}

/**
 * Answers a request the database could not serve with 503 and Retry-After rather than a bare 500. Content API
 * authentication swallows the database's error and answers 401 (it could not load the public role's permissions), so
 * a 401 is only trusted once the database answers: a reader is not told they may not read what they could a moment ago.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next): Promise<void> => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return answerUnavailable(strapi, ctx, error instanceof Error ? error.message : String(error));
    }
    if (ctx.status === 401 && !(await databaseAnswers(strapi))) answerUnavailable(strapi, ctx, 'credentials could not be checked');
  };
