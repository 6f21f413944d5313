import type { ComponentType } from 'react';
import { Clock, Folder, PriceTag, WarningCircle } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { registerTradsFrom } from '../../../../admin/plugin-translations';
import { addNewsroomColumns } from './components/NewsroomColumns';
import { addScheduledColumn } from './components/ScheduledColumn';
import { StageFilter } from './components/StageFilter';
import { CorrectionsPanel } from './components/CorrectionsPanel';
import { SchedulePanel } from './components/SchedulePanel';
import { StagePanel } from './components/StagePanel';
import { PLUGIN_ID, READ_ARTICLES, READ_CATEGORIES, READ_KICKERS } from './constants';
import { registerDeskWidgets } from './widgets';
import { guardPublish, type DocumentAction } from './publishing/guardPublish';
import { PublishingPanel } from './publishing/PublishingPanel';

type Panel = typeof StagePanel | typeof SchedulePanel | typeof CorrectionsPanel | typeof PublishingPanel;

interface ContentManagerApis {
  addEditViewSidePanel(panels: Panel[] | ((panels: Array<Panel & { type?: string }>) => Panel[])): void;
  addDocumentAction(actions: (actions: DocumentAction[]) => DocumentAction[]): void;
}

interface InjectionZones {
  injectComponent(view: 'listView', zone: 'actions', component: { name: string; Component: typeof StageFilter }): void;
}

// Right under the stock actions panel (Publish, Save), so the button's state and its reason are read together.
const afterActions = (panels: Array<Panel & { type?: string }>): Panel[] => {
  const at = panels.findIndex((panel) => panel.type === 'actions') + 1;
  return [...panels.slice(0, at), PublishingPanel, ...panels.slice(at)];
};

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Editorial' });
    app.customFields.register({
      name: 'kicker',
      pluginId: PLUGIN_ID,
      type: 'string',
      intlLabel: { id: `${PLUGIN_ID}.kicker.label`, defaultMessage: 'Kicker' },
      intlDescription: { id: `${PLUGIN_ID}.kicker.description`, defaultMessage: 'The short series label above the headline, with suggestions.' },
      // Strapi types the input as taking no props; it is given the field's name, label, hint and state.
      components: { Input: () => import('./components/KickerInput') as unknown as Promise<{ default: ComponentType }> },
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/kickers`,
      icon: PriceTag,
      intlLabel: { id: `${PLUGIN_ID}.menu.kickers`, defaultMessage: 'Kickers' },
      Component: () => import('./pages/Kickers'),
      permissions: READ_KICKERS,
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/categories`,
      icon: Folder,
      intlLabel: { id: `${PLUGIN_ID}.menu.categories`, defaultMessage: 'Categories' },
      Component: () => import('./pages/Categories'),
      permissions: READ_CATEGORIES,
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/review`,
      icon: WarningCircle,
      intlLabel: { id: `${PLUGIN_ID}.menu.review`, defaultMessage: 'Needs review' },
      Component: () => import('./pages/NeedsReview'),
      permissions: READ_ARTICLES,
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/scheduled`,
      icon: Clock,
      intlLabel: { id: `${PLUGIN_ID}.menu.scheduled`, defaultMessage: 'Scheduled' },
      Component: () => import('./pages/Scheduled'),
      permissions: READ_ARTICLES,
    });
    registerDeskWidgets(app);
  },

  // English is written in the sources; en.json is made from them (scripts/messages.js), other locales sit beside it.
  registerTrads: registerTradsFrom({ en: () => import('./translations/en.json') }),

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    const apis = contentManager.apis as unknown as ContentManagerApis;
    apis.addEditViewSidePanel(afterActions);
    apis.addEditViewSidePanel([StagePanel, CorrectionsPanel, SchedulePanel]);
    apis.addDocumentAction(guardPublish);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addScheduledColumn);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addNewsroomColumns);
    (contentManager as unknown as InjectionZones).injectComponent('listView', 'actions', { name: `${PLUGIN_ID}-stage-filter`, Component: StageFilter });
  },
};
