import type { StrapiApp } from '@strapi/strapi/admin';
import { sendEditVersions } from './edit-versions';

export default {
  config: {
    locales: [],
    // The newsroom's machines are offline: no release notifications or tutorials fetched from the internet.
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {
    sendEditVersions(window);
  },
};
