import type { Core } from '@strapi/strapi';
import { readConfig, type EditorialConfig } from './config';
import { PLUGIN_ID } from './constants';
import type services from './services';

type Services = typeof services;

/** The plugin's services, typed by name. */
export function getService<Name extends keyof Services>(strapi: Core.Strapi, name: Name): ReturnType<Services[Name]> {
  return strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[Name]>;
}

/** The plugin's configuration with its defaults applied (lists included). */
export function editorialConfig(strapi: Core.Strapi): EditorialConfig {
  return readConfig(strapi.config.get(`plugin::${PLUGIN_ID}`) as Parameters<typeof readConfig>[0]);
}
