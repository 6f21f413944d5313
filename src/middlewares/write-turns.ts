import type { Core } from '@strapi/strapi';
import { WriteTurns, takesTurn } from '../domain/write-turns';

/**
 * Every save waits its turn (src/domain/write-turns.ts: writes to the Content API, the Content Manager, the media
 * library and the newsroom plugins' routes; not a sign-in), after its body was read and checked, so a slow upload or a
 * refused request holds no turn. Work started outside a request (the scheduler, another instance's
 * messages) never waits for one, and a request waits before it touches the database: no turn is held by a writer
 * waiting for a lock, nor a lock by a writer waiting for a turn.
 */
export default (config: { writesAtOnce?: number }): Core.MiddlewareHandler => {
  const turns = new WriteTurns(config.writesAtOnce ?? 2);
  return async (ctx, next) => {
    if (!takesTurn(ctx.method, ctx.path)) return next();
    const leave = await turns.enter();
    try {
      await next();
    } finally {
      leave();
    }
  };
};
