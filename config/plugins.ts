import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  // An operator may switch a newsroom plugin off (e.g. PLUGINS_DISABLED=image-policy); the others' rules stay in force.
  const disabled = env.array('PLUGINS_DISABLED', []);
  const enabled = (name: string): boolean => !disabled.includes(name);
  // A comma-separated variable left empty is an empty list, not one empty name.
  const listed = (name: string): string[] => env.array(name, []).filter((item: string) => item !== '');
  return {
    'users-permissions': {
      config: {
        // Readers never choose their own role or confirmation state at sign-up.
        register: { allowedFields: [] },
        ratelimit: { enabled: env.bool('AUTH_RATELIMIT_ENABLED', true) },
      },
    },
    upload: {
      config: {
        // Lead images only. SVG and HTML would run script on the CMS's own origin when opened; by bytes where Strapi can
        // tell, else by extension, anything else is refused.
        security: { allowedTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'] },
      },
    },
    editorial: {
      enabled: enabled('editorial'),
      resolve: './src/plugins/editorial',
      config: {
        // The newsroom's rule: a politics article cites at least one outside source.
        categoryRules: { politics: { minCitedSources: 1 } },
        schedulerEnabled: env.bool('SCHEDULER_ENABLED', true),
        scheduleIntervalSeconds: env.int('SCHEDULE_INTERVAL_SECONDS', 10),
      },
    },
    'image-policy': {
      enabled: enabled('image-policy'),
      resolve: './src/plugins/image-policy',
    },
    // Advisories from the newsroom's style guide while editing; never a gate. Rules, word lists and thresholds here
    // are the defaults an admin changes in Settings → House style.
    'house-style': {
      enabled: enabled('house-style'),
      resolve: './src/plugins/house-style',
    },
    delivery: {
      enabled: enabled('delivery'),
      resolve: './src/plugins/delivery',
      config: {
        site: {
          siteUrl: env.array('SITE_URLS', ['https://the-adriatic.github.io/the-adriatic/'])[0],
          name: env('SITE_NAME', 'The Adriatic'),
          description: env('SITE_DESCRIPTION', 'Analysis from the Western Balkans.'),
          language: env('SITE_LANGUAGE', 'en'),
          logoUrl: env('SITE_LOGO_URL', '') || null,
          placeholderImageUrl: env('SITE_PLACEHOLDER_IMAGE_URL', '') || null,
        },
        authorPath: env('SITE_AUTHOR_PATH', '') || null,
        cache: {
          enabled: env.bool('DELIVERY_CACHE', true),
          maxBytes: env.int('DELIVERY_CACHE_MAX_MB', 64) * 1024 * 1024,
          maxAge: env.int('DELIVERY_CACHE_MAX_AGE', 0),
          staleSeconds: env.int('DELIVERY_CACHE_STALE_SECONDS', 10),
        },
        // A CDN or Varnish in front (src/plugins/delivery/README.md#cdn); all off unless set.
        cdn: {
          tagHeaders: listed('CDN_TAG_HEADERS'),
          maxAge: env.int('CDN_MAX_AGE', 0),
          purgeWaitMs: env.int('CDN_PURGE_WAIT_MS', 1500),
          varnish: { urls: listed('CDN_PURGE_VARNISH_URLS'), soft: env.bool('CDN_PURGE_VARNISH_SOFT', false) },
          webhook: { url: env('CDN_PURGE_WEBHOOK_URL', '') || null, secret: env('CDN_PURGE_WEBHOOK_SECRET', '') || null },
        },
      },
    },
    sourcing: {
      enabled: enabled('sourcing'),
      resolve: './src/plugins/sourcing',
      config: {
        siteUrls: env.array('SITE_URLS', ['https://the-adriatic.github.io/the-adriatic/']),
      },
    },
  };
};
