import type { Core } from '@strapi/strapi';
import { DEFAULT_REDIS_KEY_PREFIX, redisSettings } from '../src/domain/redis-sign-in';

// The sign-in limit on /admin/login and /api/auth/local (src/middlewares/sign-in-limit.ts; its rules and what it
// promises are in SECURITY.md). The same switch turns Strapi's own limits on the other /api/auth routes on or off
// (config/plugins.ts): keep it on outside tests. With REDIS_URL set the counts are kept in Redis, under
// REDIS_KEY_PREFIX, instead of the database (docs/operations.md); a REDIS_URL that is not a Redis URL stops the boot.
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  limit: { enabled: env.bool('AUTH_RATELIMIT_ENABLED', true) },
  redis: redisSettings(env('REDIS_URL', ''), env('REDIS_KEY_PREFIX', DEFAULT_REDIS_KEY_PREFIX)),
});
