import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MAX_BODY_DEPTH, nestsDeeperThan } from '../guards/body-depth';

/** Answers a request body nested beyond any newsroom shape with a 400 before anything recursive walks it. */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  const body: unknown = ctx.request.body;
  if (body && typeof body === 'object' && nestsDeeperThan(body, MAX_BODY_DEPTH)) {
    throw new errors.ValidationError(`The request body nests deeper than ${MAX_BODY_DEPTH} levels; no newsroom document is shaped like that.`);
  }
  await next();
};
