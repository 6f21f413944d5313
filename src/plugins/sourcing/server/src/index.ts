import type { Core } from '@strapi/strapi';
import config from './config';
import controllers from './controllers';
import { showDerivedFieldsReadOnly } from './derived-fields';
import { answerDraftRelationsForPublishedWith } from './draft-relations';
import { hideStockCitationsField } from './hide-stock-citations';
import routes from './routes';
import services from './services';

/** The plugin's save rules are steps and gates (see `steps/`), run by the app's save pipelines in `src/pipelines`. */
export default {
  config,
  controllers,
  routes,
  services,
  register({ strapi }: { strapi: Core.Strapi }) {
    showDerivedFieldsReadOnly(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    answerDraftRelationsForPublishedWith(strapi);
    await hideStockCitationsField(strapi);
  },
};
