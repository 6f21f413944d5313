import { holding, reading, signedIn } from '#kernel/admin-routes';
import { ACTIONS, ARTICLE_UID } from '../constants';

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/articles/:documentId/report', handler: 'policy.report', config: holding(reading(ARTICLE_UID)) },
      { method: 'POST', path: '/articles/:documentId/override', handler: 'policy.override', config: holding(reading(ARTICLE_UID), ACTIONS.override) },
      // Every editor's panel checks images as they type, so every signed-in admin may read the texts and lists.
      { method: 'GET', path: '/settings', handler: 'policy.settings', config: signedIn() },
      { method: 'PUT', path: '/settings', handler: 'policy.updateSettings', config: holding(ACTIONS.settings) },
    ],
  },
};
