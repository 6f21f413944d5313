import type { StrapiApp } from '@strapi/strapi/admin';
import { registerTradsFrom } from '../../../../admin/plugin-translations';
import { HouseStylePanel } from './components/HouseStylePanel';
import { PLUGIN_ID, SETTINGS_PERMISSION } from './constants';

interface ContentManagerApis {
  addEditViewSidePanel(panels: Array<typeof HouseStylePanel>): void;
}

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'House style' });
    app.addSettingsLink('global', {
      id: 'house-style-settings',
      to: 'house-style',
      intlLabel: { id: 'house-style.settings.link', defaultMessage: 'House style' },
      Component: () => import('./pages/Settings'),
      permissions: [{ action: SETTINGS_PERMISSION, subject: null }],
    });
  },

  // English is written in the sources; en.json is made from them (scripts/messages.js), other locales sit beside it.
  registerTrads: registerTradsFrom({ en: () => import('./translations/en.json') }),

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as unknown as ContentManagerApis).addEditViewSidePanel([HouseStylePanel]);
  },
};
