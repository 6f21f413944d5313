import type { Core } from '@strapi/strapi';
import { readConfig, type DeliveryConfig } from './config';
import { PLUGIN_ID } from './constants';
import type services from './services';

type Services = typeof services;
export type ServiceName = keyof Services;

/** The plugin's services, typed by name. */
export function getService<Name extends ServiceName>(strapi: Core.Strapi, name: Name): ReturnType<Services[Name]> {
  return strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[Name]>;
}

export function deliveryConfig(strapi: Core.Strapi): DeliveryConfig {
  return readConfig(strapi.config.get(`plugin::${PLUGIN_ID}`, {}) as Partial<DeliveryConfig>);
}
