import { DEFAULT_AI_TOOLS, DEFAULT_DISCLOSURE_LINE, DEFAULT_DISCLOSURE_TERMS, STANDARD_PLACEHOLDER_CAPTION } from './constants';
import { readSettings, type PolicySettings } from './domain/settings';

export type ImagePolicyConfig = PolicySettings;

export const DEFAULT_CONFIG: ImagePolicyConfig = {
  placeholderCaption: STANDARD_PLACEHOLDER_CAPTION,
  disclosureLine: DEFAULT_DISCLOSURE_LINE,
  aiTools: DEFAULT_AI_TOOLS,
  disclosureTerms: DEFAULT_DISCLOSURE_TERMS,
};

/** Checked at boot: a wrong key or value stops the server with the setting's name. */
export function validateConfig(config: Partial<ImagePolicyConfig>): void {
  const { errors } = readSettings(config, DEFAULT_CONFIG);
  if (errors.length > 0) {
    throw new Error(`image-policy: ${errors.map((error) => `${error.path.join('.') || 'config'}: ${error.message}`).join(' ')}`);
  }
}

// No defaults through Strapi: it fills a configured list from a default one index by index ("[x]" would become
// "[x, b, c]"), so the services overlay the configuration on DEFAULT_CONFIG themselves.
export default {
  default: {},
  validator: validateConfig,
};
