import type { Core } from '@strapi/strapi';
import { storedSettings } from '#kernel/stored-settings';
import { DEFAULT_CONFIG } from '../config';
import { PLUGIN_ID, SETTINGS_FRESH_MS } from '../constants';
import { overlaySettings, readSettings } from '../domain/settings';

/**
 * The policy's texts and lists, as configured and as admins changed them in Settings. A save reads them several times
 * (the lead image on save, the gate on publish, the importer for every post), hence the short keeping.
 */
const settings = ({ strapi }: { strapi: Core.Strapi }) =>
  storedSettings(strapi, { pluginId: PLUGIN_ID, defaults: DEFAULT_CONFIG, read: readSettings, overlay: overlaySettings, freshMs: SETTINGS_FRESH_MS });

export default settings;
