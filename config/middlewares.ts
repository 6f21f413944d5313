import type { Core } from '@strapi/strapi';
import { adminOrigins, contentApiOrigins, corsOptions } from '../src/domain/cors';

// koa-body's own JSON limit, named so the multipart fields are held to the same.
const BODY_LIMIT = '1mb';
const BODY_LIMIT_BYTES = 1024 * 1024;

// The delivery plugin's middlewares are left out when an operator switches the plugin off (PLUGINS_DISABLED).
const delivery = (enabled: boolean, name: string, config: Record<string, unknown> = {}) => (enabled ? [{ name: `plugin::delivery.${name}`, config }] : []);

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const deliveryEnabled = !env.array('PLUGINS_DISABLED', []).includes('delivery');
  // CORS (src/domain/cors.ts): the admin API answers only the admin panel's own origins, with credentials; the Content
  // API answers the frontends of CORS_ORIGINS, without.
  const contentApi = contentApiOrigins(env.array('CORS_ORIGINS', ['*']));
  const cors = corsOptions({
    admin: adminOrigins({ publicUrl: env('PUBLIC_URL', ''), adminUrl: env('ADMIN_URL', ''), extra: env.array('ADMIN_CORS_ORIGINS', []) }),
    contentApi,
  });
  return [
    // Cached public reads are answered here, before the request log and the security middleware; a browser's with the
    // CORS headers strapi::cors would give it.
    ...delivery(deliveryEnabled, 'fast-read', { contentApiOrigins: contentApi }),
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
    // A query key the parser would drop (`filters[toString]`) is a 400 naming it, not a silent answer to another question.
    'global::query-keys',
    // Multipart fields (the `data` of a Content API upload or save) may be no larger than a JSON body; over it, a 413.
    'global::multipart-limits',
    { name: 'strapi::body', config: { jsonLimit: BODY_LIMIT, formidable: { maxFieldsSize: BODY_LIMIT_BYTES } } },
    // They read the parsed body: a hostile nesting, or a list over its cap, is refused before anything walks it; a save's version is taken out; a
    // field the CMS keeps itself (the article's stage) is refused rather than dropped.
    'global::body-depth',
    'global::list-caps',
    'global::edit-version',
    'global::unwritable-fields',
    // Every uploaded file is judged by its header (a picture, within the pixel budget) before anything decodes it.
    { name: 'global::upload-images', config: { maxMegapixels: env.int('UPLOAD_MAX_MEGAPIXELS', 40) } },
    // Writes take turns, so readers are answered between them (src/domain/write-turns.ts): one at a time on SQLite,
    // which writes one at a time anyway; two on PostgreSQL, whose writes also wait on the network.
    { name: 'global::write-turns', config: { writesAtOnce: Number(env('WRITES_AT_ONCE', '') || (env('DATABASE_CLIENT', 'sqlite') === 'postgres' ? 2 : 1)) } },
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
