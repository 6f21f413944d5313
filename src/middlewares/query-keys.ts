import type { Core } from '@strapi/strapi';
import { fieldError } from '#kernel/errors';
import { inheritedKeyPath } from '#domain/query-keys';

/**
 * A query key naming what every object inherits (`filters[toString]`, `populate[constructor]`) is a 400 naming it, on
 * every route: the query parser would drop it, and the route would answer a question the caller did not ask.
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  const inherited = ctx.querystring ? inheritedKeyPath(ctx.querystring) : undefined;
  if (inherited) throw fieldError(inherited, `Malformed query: "${inherited[inherited.length - 1]}" is not a name a query can use.`);
  await next();
};
