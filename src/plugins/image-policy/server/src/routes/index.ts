import { ACTIONS, ARTICLE_UID } from '../constants';

const holding = (...actions: Array<string | [string, string]>) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }],
});
const articleReader = (): [string, string] => ['plugin::content-manager.explorer.read', ARTICLE_UID];

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/articles/:documentId/report', handler: 'policy.report', config: holding(articleReader()) },
      { method: 'POST', path: '/articles/:documentId/override', handler: 'policy.override', config: holding(articleReader(), ACTIONS.override) },
      // Every editor's panel checks images as they type, so every signed-in admin may read the texts and lists.
      { method: 'GET', path: '/settings', handler: 'policy.settings', config: { policies: ['admin::isAuthenticatedAdmin'] } },
      { method: 'PUT', path: '/settings', handler: 'policy.updateSettings', config: holding(ACTIONS.settings) },
    ],
  },
};
