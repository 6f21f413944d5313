import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_CONFIG } from '../config';
import { PLUGIN_ID } from '../constants';
import { readSettings, type PolicySettings } from '../domain/settings';

const KEY = 'settings';

/**
 * The policy's texts and lists: the plugin configuration's values, overlaid by what admins saved in Settings (kept in
 * the plugin store, so every instance on one database reads the same).
 */
const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const configured = (): PolicySettings => readSettings(strapi.config.get(`plugin::${PLUGIN_ID}`, {}), DEFAULT_CONFIG).settings;

  return {
    async get(): Promise<PolicySettings> {
      const saved = await store().get({ key: KEY });
      return saved ? readSettings(saved, configured()).settings : configured();
    },

    async update(input: unknown): Promise<PolicySettings> {
      const { settings: next, errors: problems } = readSettings(input, await this.get());
      if (problems.length > 0) {
        throw new errors.ValidationError(problems[0].message, {
          errors: problems.map((problem) => ({ path: problem.path, message: problem.message, name: 'ValidationError' })),
        });
      }
      await store().set({ key: KEY, value: next });
      return next;
    },
  };
};

export default settings;
