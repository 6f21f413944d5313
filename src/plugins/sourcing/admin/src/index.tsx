import type { StrapiApp } from '@strapi/strapi/admin';
import { addCitationHealthColumn } from './components/CitationHealthColumn';
import { SourcingPanel } from './components/SourcingPanel';

export const PLUGIN_ID = 'sourcing';

interface ContentManagerApis {
  addEditViewSidePanel(panels: Array<typeof SourcingPanel>): void;
}

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Sourcing' });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as unknown as ContentManagerApis).addEditViewSidePanel([SourcingPanel]);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addCitationHealthColumn);
  },
};
