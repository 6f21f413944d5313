import type { Core } from '@strapi/strapi';
import { previewHandler, previewOrigins } from '../src/plugins/delivery/server/src/domain/preview-link';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // Where the admin panel is served: a path under PUBLIC_URL (the default, /admin), or an absolute URL of its own. Its
  // origin is one the admin API answers cross-origin requests from (config/middlewares.ts).
  url: env('ADMIN_URL', '') || '/admin',
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  // The Content Manager's Preview: articles and fact checks open the delivery plugin's signed preview page, on the CMS
  // itself. Without PUBLIC_URL the link is root-relative, so it opens on whatever origin the admin panel was reached at.
  preview: {
    enabled: true,
    config: {
      // The admin's CSP frame-src: the preview is served by the CMS, the admin's own origin (and PUBLIC_URL's).
      allowedOrigins: previewOrigins(env('PUBLIC_URL', '')),
      handler: previewHandler({ secret: env('ADMIN_JWT_SECRET', ''), baseUrl: env('PUBLIC_URL', '') }),
    },
  },
  // `strapi develop` restarts on any change in the project: not in the project's Node (scripts/node-toolchain.sh).
  watchIgnoreFiles: ['**/.toolchain/**'],
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
  },
});
