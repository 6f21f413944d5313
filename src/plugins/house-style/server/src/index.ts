import type { Core } from '@strapi/strapi';
import config from './config';
import { PLUGIN_ID } from './constants';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default {
  config,
  controllers,
  routes,
  services,
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi
      .service('admin::permission')
      .actionProvider.registerMany([{ section: 'plugins', displayName: 'Edit the house-style settings', uid: 'settings', pluginName: PLUGIN_ID }]);
  },
};
