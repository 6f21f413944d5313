import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { ARTICLE_UID } from '../constants';
import type { LeadImage } from '../domain/lead-image';
import { getService } from '../utils';

/**
 * Every saved lead image gets the placeholder defaults and, when the editor left it unset, an origin inferred from the
 * file's own metadata or its credit; `imageDisclosure`, what the Content API tells frontends, is derived from it and
 * never taken from the caller. An update that does not send the lead image leaves both as they are.
 */
export function leadImageMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    const data = ctx.params.data;
    if (ctx.uid !== ARTICLE_UID || !data || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    delete data.imageDisclosure;
    if (ctx.action === 'create' || data.leadImage !== undefined) {
      const { image, disclosure } = await getService(strapi, 'policy').prepare(data.leadImage as LeadImage | null | undefined);
      data.leadImage = image;
      data.imageDisclosure = disclosure;
    }
    return next();
  };
}
