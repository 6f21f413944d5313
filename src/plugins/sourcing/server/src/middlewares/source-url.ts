import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { fieldError } from '../../../../../utils/errors';
import { MESSAGES, SOURCE_UID } from '../constants';
import { normalizeSourceUrl } from '../domain/source-url';
import { getService } from '../utils';

/** On every source save: store the normalized URL and its host, and keep one source per URL. */
export function sourceUrlMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    const data = ctx.params.data;
    if (ctx.uid !== SOURCE_UID || (ctx.action !== 'create' && ctx.action !== 'update') || !data) return next();
    if (ctx.action === 'update' && data.url === undefined) return next();

    const siteUrls = getService(strapi, 'sources').siteUrls();
    const result = normalizeSourceUrl(typeof data.url === 'string' ? data.url : '', siteUrls);
    if (!result.ok) throw fieldError('url', result.message);

    const documentId = ctx.params.documentId;
    const where = documentId ? { url: result.url, documentId: { $ne: documentId } } : { url: result.url };
    const holder = await strapi.db.query(SOURCE_UID).findOne({ where, select: ['title'] });
    if (holder) throw fieldError('url', MESSAGES.urlTaken(holder.title ?? ''));

    Object.assign(data, { url: result.url, host: result.host, isInternal: result.isInternal });
    return next();
  };
}
