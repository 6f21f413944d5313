import type { StrapiApp } from '@strapi/strapi/admin';

export const PLUGIN_ID = 'image-policy';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Image policy' });
  },
};
