import type { Core } from '@strapi/strapi';
import { checkedTimeZone } from '../src/domain/newsroom-time';

/**
 * The newsroom's own settings, read as `strapi.config.get('newsroom.…')`. The time zone is the one the site's dates
 * are written in (the importer and exporter take it too) and the one the admin panel shows dates in.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  timeZone: checkedTimeZone(env('SITE_TIME_ZONE', '')),
});
