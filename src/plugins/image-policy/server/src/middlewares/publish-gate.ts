import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { ARTICLE_UID } from '../constants';
import { getService } from '../utils';

/**
 * Publishing an article whose lead image breaks the policy is refused with one error per field, unless someone allowed
 * to override recorded why for this very image.
 */
export function publishGateMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    const documentId = ctx.params.documentId;
    if (ctx.uid !== ARTICLE_UID || ctx.action !== 'publish' || !documentId) return next();
    const blocking = await getService(strapi, 'policy').blocking(documentId);
    if (blocking.length > 0) {
      const summary = blocking.length === 1 ? blocking[0].message : `${blocking[0].message} (and ${blocking.length - 1} more)`;
      throw new errors.ValidationError(`The lead image breaks the image policy: ${summary}`, {
        errors: blocking.map((finding) => ({ path: finding.path, message: finding.message, name: 'ValidationError' })),
      });
    }
    return next();
  };
}
