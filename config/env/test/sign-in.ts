import type { Core } from '@strapi/strapi';

// Tests sign in many times a minute from one address: off unless a test process asks for it (a second instance in the
// sign-in limit tests); a test in this process switches it on at run time (tests/helpers/sign-in.ts).
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  limit: { enabled: env.bool('AUTH_RATELIMIT_ENABLED', false) },
});
