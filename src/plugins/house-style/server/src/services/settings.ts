import type { Core } from '@strapi/strapi';
import { DEFAULT_SETTINGS, PLUGIN_ID, SETTINGS_FRESH_MS } from '../constants';
import { overlaySettings, readSettings, type SettingsPatch, type StyleSettings } from '../domain/settings';

const KEY = 'settings';

/**
 * The rules' switches, word lists and thresholds: the plugin configuration's values, overlaid by what admins saved in
 * Settings (kept in the plugin store, so every instance on one database reads the same). Every editor's panel reads
 * them, so they are kept for SETTINGS_FRESH_MS: a change made on this instance applies at once, one made on another
 * instance within that bound.
 */
const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const configured = (): StyleSettings => readSettings(strapi.config.get(`plugin::${PLUGIN_ID}`, {}), DEFAULT_SETTINGS).settings;
  let kept: { settings: StyleSettings; until: number } | null = null;

  return {
    async get(): Promise<StyleSettings> {
      if (kept && Date.now() < kept.until) return kept.settings;
      const saved = await store().get({ key: KEY });
      const current = saved ? readSettings(saved, configured()).settings : configured();
      kept = { settings: current, until: Date.now() + SETTINGS_FRESH_MS };
      return current;
    },

    /** Lays a patch (read by settingsPatch, domain/settings.ts) over the current settings and keeps them. */
    async update(patch: SettingsPatch): Promise<StyleSettings> {
      kept = null;
      const next = overlaySettings(await this.get(), patch);
      await store().set({ key: KEY, value: next });
      kept = { settings: next, until: Date.now() + SETTINGS_FRESH_MS };
      return next;
    },
  };
};

export default settings;
