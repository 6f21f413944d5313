import type { StrapiApp } from '@strapi/strapi/admin';
import { registerTradsFrom } from '../../../../admin/plugin-translations';
import { ImagePolicyPanel } from './components/ImagePolicyPanel';
import { PLUGIN_ID, SETTINGS_PERMISSION } from './constants';

interface ContentManagerApis {
  addEditViewSidePanel(panels: Array<typeof ImagePolicyPanel>): void;
}

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Image policy' });
    app.addSettingsLink('global', {
      id: 'image-policy-settings',
      to: 'image-policy',
      intlLabel: { id: 'image-policy.settings.link', defaultMessage: 'Image policy' },
      Component: () => import('./pages/Settings'),
      permissions: [{ action: SETTINGS_PERMISSION, subject: null }],
    });
  },

  // English is written in the sources; en.json is made from them (scripts/messages.js), other locales sit beside it.
  registerTrads: registerTradsFrom({ en: () => import('./translations/en.json') }),

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as unknown as ContentManagerApis).addEditViewSidePanel([ImagePolicyPanel]);
  },
};
