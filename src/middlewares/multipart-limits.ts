import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface FormidableFailure {
  httpCode?: unknown;
}

// formidable (which parses multipart bodies for koa-body) marks a limit it enforces with an HTTP code of 413; Strapi's
// error handler does not read that property and would answer 500.
const isMultipartTooLarge = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as FormidableFailure).httpCode === 413;

/** A multipart body over its limits is a 413 like a JSON body over its own, never a 500. Runs around `strapi::body`. */
export default (): Core.MiddlewareHandler => async (_ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (!isMultipartTooLarge(error)) throw error;
    throw new errors.PayloadTooLargeError('The form fields sent with this request are larger than a JSON body may be (1 MB): send less text.');
  }
};
