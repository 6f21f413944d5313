import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { ARTICLE_UID, FACT_CHECK_TEXT_FIELDS, FACT_CHECK_UID } from '../constants';
import { sanitizeBody } from '../domain/sanitize-body';
import { getService } from '../utils';

function sanitizeFields(record: Record<string, unknown>, fields: readonly string[], siteUrls: readonly string[]): void {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string') record[field] = sanitizeBody(value, siteUrls);
  }
}

/** Article bodies and fact-check texts are cleaned with one allow-list on every save, before anything reads them. */
export function sanitizeTextMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    const data = ctx.params.data;
    if ((ctx.action !== 'create' && ctx.action !== 'update') || !data) return next();
    const siteUrls = getService(strapi, 'sources').siteUrls();
    if (ctx.uid === ARTICLE_UID) sanitizeFields(data, ['body'], siteUrls);
    if (ctx.uid === FACT_CHECK_UID) {
      sanitizeFields(data, FACT_CHECK_TEXT_FIELDS, siteUrls);
      if (Array.isArray(data.sections)) {
        for (const section of data.sections) {
          if (section && typeof section === 'object') sanitizeFields(section as Record<string, unknown>, ['heading', 'body'], siteUrls);
        }
      }
    }
    return next();
  };
}
