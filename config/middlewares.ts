import type { Core } from '@strapi/strapi';
import { adminOrigins, contentApiOrigins, corsOptions } from '../src/domain/cors';

// The delivery plugin's middlewares are left out when an operator switches the plugin off (PLUGINS_DISABLED).
const delivery = (enabled: boolean, name: string): string[] => (enabled ? [`plugin::delivery.${name}`] : []);

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const deliveryEnabled = !env.array('PLUGINS_DISABLED', []).includes('delivery');
  // CORS (src/domain/cors.ts): the admin API answers only the admin panel's own origins, with credentials; the Content
  // API answers the frontends of CORS_ORIGINS, without.
  const cors = corsOptions({
    admin: adminOrigins({ publicUrl: env('PUBLIC_URL', ''), adminUrl: env('ADMIN_URL', ''), extra: env.array('ADMIN_CORS_ORIGINS', []) }),
    contentApi: contentApiOrigins(env.array('CORS_ORIGINS', ['*'])),
  });
  return [
    // Cached public reads without an Origin are answered here, before the request log and the security middleware.
    ...delivery(deliveryEnabled, 'fast-read'),
    'strapi::logger',
    'strapi::errors',
    // Inside the error handler: a database that cannot be reached is a 503 with Retry-After, not a 500 (or a false 401).
    'global::database-unavailable',
    'strapi::security',
    { name: 'strapi::cors', config: cors },
    // Before routing and the database: other public reads the delivery cache holds are answered here.
    ...delivery(deliveryEnabled, 'http-cache'),
    'strapi::poweredBy',
    'strapi::query',
    'strapi::body',
    // Both read the parsed body: a hostile nesting is refused before anything walks it; a save's version is taken out.
    'global::body-depth',
    'global::edit-version',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
