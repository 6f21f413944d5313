import type { Core } from '@strapi/strapi';
import { showReadOnly } from '#kernel/read-only-fields';
import config from './config';
import { ARTICLE_UID, PLUGIN_ID } from './constants';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default {
  config,
  contentTypes,
  controllers,
  routes,
  services,
  register({ strapi }: { strapi: Core.Strapi }) {
    // `imageDisclosure` is derived from the lead image on every save: shown to editors, not edited by them.
    showReadOnly(strapi, ARTICLE_UID, ['imageDisclosure']);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany([
      { section: 'plugins', displayName: 'Publish against the image policy, with a reason', uid: 'override', pluginName: PLUGIN_ID },
      { section: 'plugins', displayName: 'Edit the image policy settings', uid: 'settings', pluginName: PLUGIN_ID },
    ]);
  },
};
