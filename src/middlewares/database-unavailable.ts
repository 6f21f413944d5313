import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';
import { isDatabaseUnavailable, unavailableResponse } from '#domain/database-unavailable';

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

// A refusal answered with a 4xx (validation, permissions, not found, a bad body) is the request's fault, not the database's.
function isRefusal(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return error instanceof errors.ApplicationError || (typeof status === 'number' && status < 500);
}

const anonymousContentRead = (ctx: Context): boolean => ctx.path.startsWith('/api/') && !ctx.get('authorization');

/**
 * Whether a 401 was the database's doing. A Content API reader without credentials is allowed (200) or not (403) while
 * the Public role has any permission; the only 401 they get then is the one authentication answers when it could not
 * load those permissions, its database error swallowed. At the moment the database comes back, a pooled connection that
 * died with it can fail that read while a fresh one answers the probe, so the probe alone does not decide it.
 */
async function unauthorizedByOutage(strapi: Core.Strapi, ctx: Context): Promise<boolean> {
  if (!(await databaseAnswers(strapi))) return true;
  if (!anonymousContentRead(ctx)) return false;
  return (await strapi.db.query('plugin::users-permissions.permission').count({ where: { role: { type: 'public' } } })) > 0;
}

/**
 * Answers a request the database could not serve with 503 and Retry-After rather than a bare 500. A database error is
 * not always recognisable by the time it arrives (a transaction cut mid-way surfaces as the driver's own error), so any
 * other failure is answered 503 too while the database does not answer a probe. A 401 is trusted only once the database
 * answers: a reader is not told they may not read what they could a moment ago.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next): Promise<void> => {
    try {
      await next();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (isDatabaseUnavailable(error)) return answerUnavailable(strapi, ctx, reason);
      if (isRefusal(error) || (await databaseAnswers(strapi))) throw error;
      return answerUnavailable(strapi, ctx, reason);
    }
    if (ctx.status === 401 && (await unauthorizedByOutage(strapi, ctx))) answerUnavailable(strapi, ctx, 'credentials could not be checked');
  };
