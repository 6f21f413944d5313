import type { Core } from '@strapi/strapi';
import config from './config';
import { PLUGIN_ID } from './constants';
import controllers from './controllers';
import { showDerivedFieldsReadOnly } from './derived-fields';
import { answerDraftRelationsForPublishedWith } from './draft-relations';
import routes from './routes';
import services from './services';

/** The plugin's save rules are steps and gates (see `steps/`), run by the app's save pipelines in `src/pipelines`. */
export default {
  config,
  controllers,
  routes,
  services,
  register({ strapi }: { strapi: Core.Strapi }) {
    // The body editor (admin/src/editor): stores the same Markdown as a richtext field, so every reader of it is unchanged.
    strapi.customFields.register({ name: 'sourced-markdown', plugin: PLUGIN_ID, type: 'richtext' });
    showDerivedFieldsReadOnly(strapi);
  },
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    answerDraftRelationsForPublishedWith(strapi);
  },
};
