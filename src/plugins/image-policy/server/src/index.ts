import type { Core } from '@strapi/strapi';
import { useDocumentMiddleware } from '../../../../utils/document-middleware';
import { showReadOnly } from '../../../../utils/read-only-fields';
import config from './config';
import { ARTICLE_UID, PLUGIN_ID } from './constants';
import contentTypes from './content-types';
import controllers from './controllers';
import { leadImageMiddleware } from './middlewares/lead-image';
import { publishGateMiddleware } from './middlewares/publish-gate';
import routes from './routes';
import services from './services';

export default {
  config,
  contentTypes,
  controllers,
  routes,
  services,
  register({ strapi }: { strapi: Core.Strapi }) {
    useDocumentMiddleware(strapi.documents, leadImageMiddleware(strapi));
    useDocumentMiddleware(strapi.documents, publishGateMiddleware(strapi));
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
