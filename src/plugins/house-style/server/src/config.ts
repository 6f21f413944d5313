import { DEFAULT_SETTINGS } from './constants';
import { readSettings, type StyleSettings } from './domain/settings';

export type HouseStyleConfig = StyleSettings;

/** Checked at boot: a wrong key or value stops the server with the setting's name. */
export function validateConfig(config: unknown): void {
  const { errors } = readSettings(config, DEFAULT_SETTINGS);
  if (errors.length > 0) {
    throw new Error(`house-style: ${errors.map((error) => `${error.path.join('.') || 'config'}: ${error.message}`).join(' ')}`);
  }
}

// No defaults through Strapi: it fills a configured list from a default one index by index, so the settings service
// overlays the configuration on DEFAULT_SETTINGS itself.
export default {
  default: {},
  validator: validateConfig,
};
