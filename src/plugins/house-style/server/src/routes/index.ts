import { holding, signedIn } from '#kernel/admin-routes';
import { ACTIONS } from '../constants';

export default {
  admin: {
    type: 'admin',
    routes: [
      // Advice, never a gate: any signed-in newsroom role may check a text, and read the settings its panel checks with.
      { method: 'POST', path: '/check', handler: 'houseStyle.check', config: signedIn() },
      { method: 'GET', path: '/settings', handler: 'houseStyle.settings', config: signedIn() },
      { method: 'PUT', path: '/settings', handler: 'houseStyle.updateSettings', config: holding(ACTIONS.settings) },
    ],
  },
};
