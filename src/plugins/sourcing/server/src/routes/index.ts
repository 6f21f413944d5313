import { ARTICLE_UID, FACT_CHECK_UID } from '../constants';

const readerOf = (uid: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [['plugin::content-manager.explorer.read', uid]] } }],
});

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
      { method: 'GET', path: '/articles/:documentId/report', handler: 'report.article', config: readerOf(ARTICLE_UID) },
      { method: 'GET', path: '/fact-checks/:documentId/report', handler: 'report.factCheck', config: readerOf(FACT_CHECK_UID) },
    ],
  },
};
