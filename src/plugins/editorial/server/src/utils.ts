import type { Core } from '@strapi/strapi';
import { readConfig, type EditorialConfig } from './config';
import { PLUGIN_ID } from './constants';
import type services from './services';
import { serviceGetter } from '#kernel/plugin-services';

export type ServiceName = keyof typeof services;

/** The plugin's services, typed by name. */
export const getService = serviceGetter<typeof services>(PLUGIN_ID);

/** The plugin's configuration with its defaults applied (lists included). */
export function editorialConfig(strapi: Core.Strapi): EditorialConfig {
  return readConfig(strapi.config.get(`plugin::${PLUGIN_ID}`) as Parameters<typeof readConfig>[0]);
}
