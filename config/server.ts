import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: env.array('APP_KEYS'),
  },
  // Behind a reverse proxy or load balancer (IS_PROXIED=true), the client's address is taken from X-Forwarded-For, as
  // the proxies nearest the CMS wrote it: PROXY_HOPS of them each append the address they were reached from, so the
  // entry that many from the end is the client, and whatever a client wrote there itself comes earlier and is ignored.
  // Off, the address is the connection's own and X-Forwarded-For is ignored. The sign-in limit counts per this address.
  proxy: {
    koa: env.bool('IS_PROXIED', false),
    maxIpsCount: Math.max(1, env.int('PROXY_HOPS', 1) || 1),
  },
  // The newsroom runs offline: no update check against the npm registry at start-up.
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', true) },
  },
});
