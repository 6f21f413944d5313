import type { Core } from '@strapi/strapi';
import { showReadOnly } from '#kernel/read-only-fields';
import config from './config';
import { ARTICLE_UID, CORRECTION_COMPONENT, PLUGIN_ID } from './constants';
import contentTypes from './content-types';
import controllers from './controllers';
import { stageAction } from './domain/stages';
import routes from './routes';
import services from './services';
import { filterArticleListByStage } from './stage-filter';
import { editorialConfig, getService } from './utils';

/** Admin permissions, shown in Settings → Roles → Plugins → Editorial; one per configured stage an editor moves into. */
async function registerActions(strapi: Core.Strapi): Promise<void> {
  const stages = editorialConfig(strapi).stages.slice(0, -1);
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', displayName: 'Approve, rename, merge and retire kickers', uid: 'approve-kicker', pluginName: PLUGIN_ID },
    { section: 'plugins', displayName: 'Merge categories, reassign their articles, choose section editors', uid: 'manage-categories', pluginName: PLUGIN_ID },
    { section: 'plugins', displayName: 'Move and publish articles in every section', uid: 'every-section', pluginName: PLUGIN_ID },
    ...stages.map((stage) => ({
      section: 'plugins',
      displayName: `Move articles to "${stage.label}"`,
      uid: stageAction(stage.id).slice(`plugin::${PLUGIN_ID}.`.length),
      pluginName: PLUGIN_ID,
    })),
  ]);
}

export default {
  config,
  contentTypes,
  controllers,
  routes,
  services,
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.customFields.register({ name: 'kicker', plugin: PLUGIN_ID, type: 'string' });
    // Editors choose the kicker through its label input; the relation it resolves to is shown, not edited.
    showReadOnly(strapi, ARTICLE_UID, ['kicker']);
    // The server stamps these on the save that adds an entry; the key must still go back with each save, so it is shown.
    showReadOnly(strapi, CORRECTION_COMPONENT, ['key', 'date', 'madeBy', 'firstPublished']);
    filterArticleListByStage(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await registerActions(strapi);
    await getService(strapi, 'stages').backfillPublished();
    getService(strapi, 'scheduler').start();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'scheduler').stop();
  },
};
