import type { Core } from '@strapi/strapi';
import { storedSettings } from '#kernel/stored-settings';
import { DEFAULT_SETTINGS, PLUGIN_ID, SETTINGS_FRESH_MS } from '../constants';
import { overlaySettings, readSettings } from '../domain/settings';

/** The rules' switches, word lists and thresholds, as configured and as admins changed them in Settings. */
const settings = ({ strapi }: { strapi: Core.Strapi }) =>
  storedSettings(strapi, { pluginId: PLUGIN_ID, defaults: DEFAULT_SETTINGS, read: readSettings, overlay: overlaySettings, freshMs: SETTINGS_FRESH_MS });

export default settings;
