import type { ComponentType } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { addCitationHealthColumn } from './components/CitationHealthColumn';
import { CitationsPanel } from './citations/CitationsPanel';
import { SourcingPanel } from './components/SourcingPanel';
import { registerTradsFrom } from '../../../../admin/plugin-translations';
import { PLUGIN_ID } from './constants';

export { PLUGIN_ID };

interface ContentManagerApis {
  addEditViewSidePanel(panels: Array<typeof SourcingPanel | typeof CitationsPanel>): void;
}

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Sourcing' });
    app.customFields.register({
      name: 'sourced-markdown',
      pluginId: PLUGIN_ID,
      type: 'richtext',
      intlLabel: { id: `${PLUGIN_ID}.sourcedMarkdown.label`, defaultMessage: 'Sourced Markdown' },
      intlDescription: {
        id: `${PLUGIN_ID}.sourcedMarkdown.description`,
        defaultMessage: 'Markdown with highlights shown in their colours and linked to their sources as you write.',
      },
      // Strapi types the input as taking no props; it is given the field's name, label, hint and state.
      components: { Input: () => import('./editor/SourcedMarkdownInput') as unknown as Promise<{ default: ComponentType }> },
    });
  },

  // English is written in the sources; en.json is made from them (scripts/messages.js), other locales sit beside it.
  registerTrads: registerTradsFrom({ en: () => import('./translations/en.json') }),

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as unknown as ContentManagerApis).addEditViewSidePanel([CitationsPanel, SourcingPanel]);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addCitationHealthColumn);
  },
};
