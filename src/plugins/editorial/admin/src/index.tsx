import type { ComponentType } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { StagePanel } from './components/StagePanel';
import { PLUGIN_ID } from './constants';

interface ContentManagerApis {
  addEditViewSidePanel(panels: Array<typeof StagePanel>): void;
}

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Editorial' });
    app.customFields.register({
      name: 'kicker',
      pluginId: PLUGIN_ID,
      type: 'string',
      intlLabel: { id: 'editorial.kicker.label', defaultMessage: 'Kicker' },
      intlDescription: { id: 'editorial.kicker.description', defaultMessage: 'The short series label above the headline, with suggestions.' },
      // Strapi types the input as taking no props; it is given the field's name, label, hint and state.
      components: { Input: () => import('./components/KickerInput') as unknown as Promise<{ default: ComponentType }> },
    });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as unknown as ContentManagerApis).addEditViewSidePanel([StagePanel]);
  },
};
