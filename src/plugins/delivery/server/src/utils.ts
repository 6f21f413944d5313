import type { Core } from '@strapi/strapi';
import { readConfig, type DeliveryConfig } from './config';
import { PLUGIN_ID } from './constants';
import type services from './services';
import { serviceGetter } from '#kernel/plugin-services';

export type ServiceName = keyof typeof services;

/** The plugin's services, typed by name. */
export const getService = serviceGetter<typeof services>(PLUGIN_ID);

export function deliveryConfig(strapi: Core.Strapi): DeliveryConfig {
  return readConfig(strapi.config.get(`plugin::${PLUGIN_ID}`, {}) as Partial<DeliveryConfig>);
}
