import { holding, reading } from '#kernel/admin-routes';
import { ARTICLE_UID, FACT_CHECK_UID, SOURCE_UID } from '../constants';

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: '/articles/:slug/annotations',
        handler: 'annotations.find',
        // Serves published highlights only, which every reader may see; nothing to authorize.
        config: { auth: false },
      },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/sources', handler: 'sources.find', config: holding(reading(SOURCE_UID)) },
      { method: 'GET', path: '/articles/:documentId/report', handler: 'report.article', config: holding(reading(ARTICLE_UID)) },
      { method: 'GET', path: '/fact-checks/:documentId/report', handler: 'report.factCheck', config: holding(reading(FACT_CHECK_UID)) },
    ],
  },
};
