export interface SourcingConfig {
  /** The newsroom's own site roots; a link under one of them is an internal source (an earlier article). */
  siteUrls: string[];
}

export const DEFAULT_CONFIG: SourcingConfig = {
  siteUrls: [],
};

export function validateConfig(config: Partial<SourcingConfig>): void {
  const { siteUrls } = { ...DEFAULT_CONFIG, ...config };
  if (!Array.isArray(siteUrls)) throw new Error('sourcing: siteUrls must be a list of URLs.');
  for (const siteUrl of siteUrls) {
    if (!URL.canParse(siteUrl)) throw new Error(`sourcing: "${siteUrl}" in siteUrls is not a URL.`);
  }
}

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};
