import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      // Readers never choose their own role or confirmation state at sign-up.
      register: { allowedFields: [] },
      ratelimit: { enabled: env.bool('AUTH_RATELIMIT_ENABLED', true) },
    },
  },
  editorial: {
    enabled: true,
    resolve: './src/plugins/editorial',
    config: {
      // The newsroom's rule: a politics article cites at least one outside source.
      categoryRules: { politics: { minCitedSources: 1 } },
    },
  },
  'image-policy': {
    enabled: true,
    resolve: './src/plugins/image-policy',
  },
  sourcing: {
    enabled: true,
    resolve: './src/plugins/sourcing',
    config: {
      siteUrls: env.array('SITE_URLS', ['https://the-adriatic.github.io/the-adriatic/']),
    },
  },
});
