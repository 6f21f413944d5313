import type { Core } from '@strapi/strapi';

// The sign-in limit on /admin/login and /api/auth/local (src/middlewares/sign-in-limit.ts; its rules and what it
// promises are in SECURITY.md). The same switch turns Strapi's own limits on the other /api/auth routes on or off
// (config/plugins.ts): keep it on outside tests.
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  limit: { enabled: env.bool('AUTH_RATELIMIT_ENABLED', true) },
});
