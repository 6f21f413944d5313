import type { Core } from '@strapi/strapi';
import { FACT_CHECK_UID } from './constants';

type EditLayout = Array<Array<{ name: string; size: number }>>;

interface Configuration {
  settings: unknown;
  metadatas: unknown;
  layouts: { edit: EditLayout; list: unknown };
}

interface ConfigurationService {
  findConfiguration(type: { uid: string }): Promise<Configuration>;
  updateConfiguration(type: { uid: string }, configuration: Omit<Configuration, 'uid'>): Promise<unknown>;
}

/**
 * The fact check's citation list is edited in the Citations panel (admin/src/citations), so the stock repeatable
 * accordions leave the form; the values stay in the form and are saved with it. To be dropped once the newsroom's
 * layout configuration for every type hides the field (issue 23).
 */
export async function hideStockCitationsField(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager')?.service('content-types') as ConfigurationService | undefined;
  if (!service) return;
  const configuration = await service.findConfiguration({ uid: FACT_CHECK_UID });
  const edit = configuration.layouts.edit;
  if (!edit.some((row) => row.some((field) => field.name === 'citations'))) return;
  const kept = edit.map((row) => row.filter((field) => field.name !== 'citations')).filter((row) => row.length > 0);
  const { settings, metadatas, layouts } = configuration;
  await service.updateConfiguration({ uid: FACT_CHECK_UID }, { settings, metadatas, layouts: { ...layouts, edit: kept } });
}
