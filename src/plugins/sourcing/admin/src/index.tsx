import type { StrapiApp } from '@strapi/strapi/admin';
import { CitationsPanel } from './citations/CitationsPanel';
import { SourcingPanel } from './components/SourcingPanel';
import { PLUGIN_ID } from './constants';

interface ContentManagerApis {
  addEditViewSidePanel(panels: Array<typeof SourcingPanel | typeof CitationsPanel>): void;
}

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Sourcing' });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as unknown as ContentManagerApis).addEditViewSidePanel([CitationsPanel, SourcingPanel]);
  },
};
