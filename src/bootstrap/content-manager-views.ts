import type { Core } from '@strapi/strapi';
import { applyLayout, layoutsToApply, type ViewConfiguration, type ViewLayout } from '#domain/view-layout';
import { VIEW_LAYOUTS } from '../views';

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<ViewConfiguration>;
  updateConfiguration(model: { uid: string }, configuration: ViewConfiguration): Promise<unknown>;
}

// Which version of each type's layout this database has received: { [uid]: version }.
const appliedStore = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'provenance', key: 'content-manager-views' });

function configurationService(strapi: Core.Strapi, layout: ViewLayout): ConfigurationService {
  return strapi.plugin('content-manager').service(layout.kind === 'component' ? 'components' : 'content-types') as ConfigurationService;
}

/**
 * Gives the Content Manager the newsroom's edit and list views (src/views), once per layout version: an admin's own
 * changes in "Configure the view" are kept across restarts, until a release raises that type's layout version. Runs
 * in the app's bootstrap, after the Content Manager has stored (and synchronised with the schemas) its own views.
 */
export async function applyNewsroomViews(strapi: Core.Strapi, layouts: readonly ViewLayout[] = VIEW_LAYOUTS): Promise<void> {
  const store = appliedStore(strapi);
  const applied = ((await store.get({})) as Record<string, number> | null) ?? {};
  const due = layoutsToApply(layouts, applied);
  if (due.length === 0) return;
  for (const layout of due) {
    const service = configurationService(strapi, layout);
    const model = { uid: layout.uid };
    // findConfiguration adds the uid (and a component's category) to what is stored; the stored part is written back.
    const { uid: _uid, category: _category, ...stored } = await service.findConfiguration(model);
    await service.updateConfiguration(model, applyLayout(layout, stored as ViewConfiguration));
    applied[layout.uid] = layout.version;
  }
  await store.set({ value: applied });
}
