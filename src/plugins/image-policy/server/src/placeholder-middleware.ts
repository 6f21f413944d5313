import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../utils/document-middleware';
import { ARTICLE_UID, PLUGIN_ID } from './constants';
import type { ImagePolicyConfig } from './config';
import { withPlaceholderDefaults, type LeadImage } from './domain/lead-image';

/**
 * Gives an article saved without a picture the placeholder origin and caption. A new article always gets a lead image;
 * an update touches the lead image only when it sends one.
 */
export function placeholderMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    const data = ctx.params.data;
    if (ctx.uid !== ARTICLE_UID || !data) return next();
    const sendsImage = data.leadImage !== undefined;
    if (ctx.action === 'create' || (ctx.action === 'update' && sendsImage)) {
      const caption = strapi.plugin(PLUGIN_ID).config<ImagePolicyConfig['placeholderCaption']>('placeholderCaption');
      data.leadImage = withPlaceholderDefaults(data.leadImage as LeadImage | null | undefined, caption);
    }
    return next();
  };
}
