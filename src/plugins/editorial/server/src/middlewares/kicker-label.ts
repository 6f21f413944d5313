import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { fieldError } from '../../../../../utils/errors';
import { KICKER_UID, PLUGIN_ID } from '../constants';
import type { EditorialConfig } from '../config';
import { normalizeKickerLabel } from '../domain/kicker-label';

/** On every kicker save: tidy the label, refuse one over the hard limit, and derive the slug from it. */
export function kickerLabelMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    const data = ctx.params.data;
    if (ctx.uid !== KICKER_UID || (ctx.action !== 'create' && ctx.action !== 'update') || !data) return next();
    if (typeof data.label !== 'string') return next();
    const hardLimit = strapi.plugin(PLUGIN_ID).config<EditorialConfig['kickerHardLimit']>('kickerHardLimit');
    const result = normalizeKickerLabel(data.label, hardLimit);
    if (!result.ok) throw fieldError('label', result.message);
    data.label = result.label;
    data.slug = result.slug;
    return next();
  };
}
