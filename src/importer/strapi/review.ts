import type { Core } from '@strapi/strapi';
import type { ServiceOf } from '#kernel/plugin-services';
import type editorialServices from '../../plugins/editorial/server/src/services';

export type ReviewService = ServiceOf<typeof editorialServices, 'review'>;

/** The editorial plugin's "Needs review" list, or null when the plugin is switched off (the report still says it all). */
export function reviewList(strapi: Core.Strapi): ReviewService | null {
  return strapi.plugin('editorial') ? (strapi.plugin('editorial').service('review') as ReviewService) : null;
}
