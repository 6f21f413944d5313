import type { Core } from '@strapi/strapi';
import type { ServiceOf } from '#kernel/plugin-services';
import type editorialServices from '../../plugins/editorial/server/src/services';

export type ReviewService = ServiceOf<typeof editorialServices, 'review'>;

/** The editorial plugin's "Needs review" list, or null when the plugin is switched off (the report still says it all). */
export function reviewList(strapi: Core.Strapi): ReviewService | null {
  return strapi.plugin('editorial') ? (strapi.plugin('editorial').service('review') as ReviewService) : null;
}

export type ScheduleService = ServiceOf<typeof editorialServices, 'schedules'>;

/** The editorial plugin's schedules, or null when the plugin is switched off (a future post then stays a draft). */
export function scheduleList(strapi: Core.Strapi): ScheduleService | null {
  return strapi.plugin('editorial') ? (strapi.plugin('editorial').service('schedules') as ScheduleService) : null;
}
