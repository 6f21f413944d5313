import type { Core } from '@strapi/strapi';
import config from './config';
import controllers from './controllers';
import middlewares from './middlewares';
import routes from './routes';
import services from './services';
import { backfillFirstPublication } from './first-publication';
import { getService } from './utils';
import { watchWrites } from './write-watch';
import { awaitSearchIndex } from './search/watch';

export default {
  config,
  controllers,
  middlewares,
  routes,
  services,
  register({ strapi }: { strapi: Core.Strapi }) {
    watchWrites(strapi);
    awaitSearchIndex(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'cache').startBus();
    await backfillFirstPublication(strapi);
    // After the publication dates: the index holds each article's.
    await getService(strapi, 'search').prepare();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'cache').stopBus();
    getService(strapi, 'purgers').close();
  },
};
