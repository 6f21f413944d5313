import { cdnConfigProblems, DEFAULT_CDN, readCdnConfig, type CdnConfig } from './domain/cdn-config';
import type { SiteSettings } from './domain/types';
import { pathPatternProblem } from './domain/urls';

export interface DeliveryConfig {
  /** The public site, where frontends serve articles: feeds, sitemaps and JSON-LD link there. */
  site: SiteSettings;
  /** Where an article lives on the site, unless it kept its old permalink on import. */
  articlePath: string;
  factCheckPath: string;
  /** Items in a feed. */
  feedSize: number;
  cache: {
    enabled: boolean;
    maxBytes: number;
    maxEntries: number;
    /** Seconds a browser or CDN may reuse a public response without asking again; 0 asks every time (ETag). */
    maxAge: number;
    /** How instances sharing a PostgreSQL database tell each other about writes: LISTEN/NOTIFY, or nothing. */
    bus: 'postgres' | 'none';
  };
  /** A CDN or Varnish in front: tag headers, its max age, purgers (domain/cdn-config.ts). */
  cdn: CdnConfig;
}

export const DEFAULT_CONFIG: DeliveryConfig = {
  site: {
    siteUrl: 'http://localhost:4000/',
    name: 'Provenance',
    description: '',
    language: 'en',
    logoUrl: null,
  },
  articlePath: '/:year/:month/:day/:slug/',
  factCheckPath: '/fact-checks/:slug/',
  feedSize: 20,
  cache: { enabled: true, maxBytes: 64 * 1024 * 1024, maxEntries: 20000, maxAge: 0, bus: 'postgres' },
  cdn: DEFAULT_CDN,
};

/** The plugin's configuration with every default filled in, nested objects included. */
export function readConfig(config: Partial<DeliveryConfig>): DeliveryConfig {
  return {
    ...DEFAULT_CONFIG,
    ...config,
    site: { ...DEFAULT_CONFIG.site, ...config.site },
    cache: { ...DEFAULT_CONFIG.cache, ...config.cache },
    cdn: readCdnConfig(config.cdn),
  };
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`delivery: ${message}`);
}

export function validateConfig(input: Partial<DeliveryConfig>): void {
  const config = readConfig(input);
  check(URL.canParse(config.site.siteUrl) && /^https?:/.test(config.site.siteUrl), `site.siteUrl "${config.site.siteUrl}" is not an http(s) URL.`);
  check(typeof config.site.name === 'string' && config.site.name.trim() !== '', 'site.name is required.');
  for (const key of ['articlePath', 'factCheckPath'] as const) {
    const problem = pathPatternProblem(config[key]);
    check(problem === null, `${key} ${problem}.`);
  }
  check(Number.isInteger(config.feedSize) && config.feedSize >= 1 && config.feedSize <= 100, 'feedSize is a whole number from 1 to 100.');
  check(config.cache.maxBytes > 0 && config.cache.maxEntries > 0, 'cache.maxBytes and cache.maxEntries must be positive.');
  check(Number.isInteger(config.cache.maxAge) && config.cache.maxAge >= 0, 'cache.maxAge is a whole number of seconds.');
  check(['postgres', 'none'].includes(config.cache.bus), 'cache.bus is "postgres" or "none".');
  for (const problem of cdnConfigProblems(config.cdn)) check(false, problem);
}

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};
