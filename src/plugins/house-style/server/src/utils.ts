import { PLUGIN_ID } from './constants';
import type services from './services';
import { serviceGetter } from '#kernel/plugin-services';

/** The plugin's services, typed by name. */
export const getService = serviceGetter<typeof services>(PLUGIN_ID);
