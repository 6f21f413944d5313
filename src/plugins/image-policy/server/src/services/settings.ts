import type { Core } from '@strapi/strapi';
import { DEFAULT_CONFIG } from '../config';
import { PLUGIN_ID, SETTINGS_FRESH_MS } from '../constants';
import { overlaySettings, readSettings, type PolicySettings, type SettingsPatch } from '../domain/settings';

const KEY = 'settings';

/**
 * The policy's texts and lists: the plugin configuration's values, overlaid by what admins saved in Settings (kept in
 * the plugin store, so every instance on one database reads the same). A save reads them several times (the lead image
 * on save, the gate on publish, the importer for every post), so they are kept for SETTINGS_FRESH_MS: a change made on
 * this instance applies at once, one made on another instance within that bound.
 */
const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const configured = (): PolicySettings => readSettings(strapi.config.get(`plugin::${PLUGIN_ID}`, {}), DEFAULT_CONFIG).settings;
  let kept: { settings: PolicySettings; until: number } | null = null;

  return {
    async get(): Promise<PolicySettings> {
      if (kept && Date.now() < kept.until) return kept.settings;
      const saved = await store().get({ key: KEY });
      const current = saved ? readSettings(saved, configured()).settings : configured();
      kept = { settings: current, until: Date.now() + SETTINGS_FRESH_MS };
      return current;
    },

    /** Lays a patch (read by settingsPatch, domain/settings.ts) over the current settings and keeps them. */
    async update(patch: SettingsPatch): Promise<PolicySettings> {
      kept = null;
      const next = overlaySettings(await this.get(), patch);
      await store().set({ key: KEY, value: next });
      kept = { settings: next, until: Date.now() + SETTINGS_FRESH_MS };
      return next;
    },
  };
};

export default settings;
