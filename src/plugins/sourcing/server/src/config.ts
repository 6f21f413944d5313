import { DEFAULT_ARTICLE_PATH } from '#domain/public-url';

export interface SourcingConfig {
  /** The newsroom's own site roots; a link under one of them is an internal source (an earlier article). */
  siteUrls: string[];
  /**
   * Where an article lives under the first site root, for the page its annotations target: the same pattern as the
   * delivery plugin's `articlePath` (an imported article keeps its old permalink either way).
   */
  articlePath: string;
}

export const DEFAULT_CONFIG: SourcingConfig = {
  siteUrls: [],
  articlePath: DEFAULT_ARTICLE_PATH,
};

export function validateConfig(config: Partial<SourcingConfig>): void {
  const { siteUrls, articlePath } = { ...DEFAULT_CONFIG, ...config };
  if (!Array.isArray(siteUrls)) throw new Error('sourcing: siteUrls must be a list of URLs.');
  for (const siteUrl of siteUrls) {
    if (!URL.canParse(siteUrl)) throw new Error(`sourcing: "${siteUrl}" in siteUrls is not a URL.`);
  }
  if (typeof articlePath !== 'string' || !articlePath.startsWith('/') || !articlePath.includes(':slug')) {
    throw new Error('sourcing: articlePath must be a site path starting with "/" and containing :slug.');
  }
}

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};
