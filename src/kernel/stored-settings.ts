import type { Core } from '@strapi/strapi';

/** How a plugin reads its settings: from raw stored or configured values over a base, and a patch over the current. */
export interface SettingsRules<Settings, Patch> {
  pluginId: string;
  /** The values a missing setting takes before the configuration is read. */
  defaults: Settings;
  read(input: unknown, base: Settings): { settings: Settings };
  overlay(current: Settings, patch: Patch): Settings;
  /** How long an instance keeps what it read: a change made on another instance applies within this bound. */
  freshMs: number;
}

const KEY = 'settings';

/**
 * A plugin's settings: the plugin configuration's values, overlaid by what admins saved in Settings (kept in the plugin
 * store, so every instance on one database reads the same). Saves and panels read them often, so they are kept for
 * `freshMs`: a change made on this instance applies at once, one made on another instance within that bound.
 */
export function storedSettings<Settings, Patch>(strapi: Core.Strapi, rules: SettingsRules<Settings, Patch>) {
  const store = () => strapi.store({ type: 'plugin', name: rules.pluginId });
  const configured = (): Settings => rules.read(strapi.config.get(`plugin::${rules.pluginId}`, {}), rules.defaults).settings;
  let kept: { settings: Settings; until: number } | null = null;

  return {
    async get(): Promise<Settings> {
      if (kept && Date.now() < kept.until) return kept.settings;
      const saved = await store().get({ key: KEY });
      const current = saved ? rules.read(saved, configured()).settings : configured();
      kept = { settings: current, until: Date.now() + rules.freshMs };
      return current;
    },

    /** Lays a patch (already read by the plugin's own schema) over the current settings and keeps them. */
    async update(patch: Patch): Promise<Settings> {
      kept = null;
      const next = rules.overlay(await this.get(), patch);
      await store().set({ key: KEY, value: next });
      kept = { settings: next, until: Date.now() + rules.freshMs };
      return next;
    },
  };
}
