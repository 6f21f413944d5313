import type { StrapiApp } from '@strapi/strapi/admin';

export const PLUGIN_ID = 'sourcing';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Sourcing' });
  },
};
