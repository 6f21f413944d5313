import { cdnConfigProblems, DEFAULT_CDN, readCdnConfig, type CdnConfig } from './domain/cdn-config';
import type { SiteSettings } from './domain/types';
import { DEFAULT_ARTICLE_PATH } from '#domain/public-url';
import { pathPatternProblem } from './domain/urls';

export interface DeliveryConfig {
  /** The public site, where frontends serve articles: feeds, sitemaps and JSON-LD link there. */
  site: SiteSettings;
  /** Where an article lives on the site, unless it kept its old permalink on import. */
  articlePath: string;
  factCheckPath: string;
  /** An author's page on the site (`/authors/:slug/`), or null when the site has none: bylines then carry no url. */
  authorPath: string | null;
  /** Items in a feed. */
  feedSize: number;
  cache: {
    enabled: boolean;
    maxBytes: number;
    maxEntries: number;
    /** Seconds a browser or CDN may reuse a public response without asking again; 0 asks every time (ETag). */
    maxAge: number;
    /**
     * For how long after a write the answer it dropped may stand in for concurrent readers while one read makes the
     * new one (stale-while-revalidate); 0 makes them all wait for the new answer.
     */
    staleSeconds: number;
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
    placeholderImageUrl: null,
  },
  articlePath: DEFAULT_ARTICLE_PATH,
  factCheckPath: '/fact-checks/:slug/',
  authorPath: null,
  feedSize: 20,
  cache: { enabled: true, maxBytes: 64 * 1024 * 1024, maxEntries: 20000, maxAge: 0, staleSeconds: 10, bus: 'postgres' },
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
  if (config.authorPath !== null) check(pathPatternProblem(config.authorPath) === null, `authorPath ${pathPatternProblem(config.authorPath)}.`);
  for (const key of ['logoUrl', 'placeholderImageUrl'] as const) {
    const url = config.site[key];
    check(url === null || (URL.canParse(url) && /^https?:/.test(url)), `site.${key} "${url}" is not an http(s) URL.`);
  }
  check(Number.isInteger(config.feedSize) && config.feedSize >= 1 && config.feedSize <= 100, 'feedSize is a whole number from 1 to 100.');
  check(config.cache.maxBytes > 0 && config.cache.maxEntries > 0, 'cache.maxBytes and cache.maxEntries must be positive.');
  check(Number.isInteger(config.cache.maxAge) && config.cache.maxAge >= 0, 'cache.maxAge is a whole number of seconds.');
  check(
    Number.isInteger(config.cache.staleSeconds) && config.cache.staleSeconds >= 0 && config.cache.staleSeconds <= 300,
    'cache.staleSeconds is a whole number of seconds from 0 to 300.',
  );
  check(['postgres', 'none'].includes(config.cache.bus), 'cache.bus is "postgres" or "none".');
  for (const problem of cdnConfigProblems(config.cdn)) check(false, problem);
}

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};
