import { TAG_HEADERS, type TagHeader } from './cdn-headers';

/** The CDN tier: what answers tell a CDN, and where writes are purged. Everything off by default. */
export interface CdnConfig {
  /** Headers carrying an answer's tags (`Surrogate-Key`, `xkey`, `Cache-Tag`); none: no tags are sent. */
  tagHeaders: TagHeader[];
  /** Seconds a CDN may keep an answer (Surrogate-Control, s-maxage); 0: the CDN is told nothing of the kind. */
  maxAge: number;
  maxTagHeaderBytes: number;
  /** How long a write's answer waits for its purges before the retries go on in the background. */
  purgeWaitMs: number;
  /** Tries per purge before it is given up and logged. */
  purgeAttempts: number;
  /** Varnish servers, each sent `PURGE` with `xkey-purge` (or `xkey-softpurge` when `soft`). */
  varnish: { urls: string[]; soft: boolean };
  /** A URL sent `POST { "tags": [...] }`, with `Authorization: Bearer <secret>` when a secret is set. */
  webhook: { url: string | null; secret: string | null };
}

export const DEFAULT_CDN: CdnConfig = {
  tagHeaders: [],
  maxAge: 0,
  maxTagHeaderBytes: 4000,
  purgeWaitMs: 1500,
  purgeAttempts: 8,
  varnish: { urls: [], soft: false },
  webhook: { url: null, secret: null },
};

/** The CDN configuration with defaults filled in and header names in their documented spelling (env is any case). */
export function readCdnConfig(config: Partial<CdnConfig> | undefined): CdnConfig {
  return {
    ...DEFAULT_CDN,
    ...config,
    tagHeaders: (config?.tagHeaders ?? []).map((name: string) => tagHeaderNamed(name) ?? (name as TagHeader)),
    varnish: { ...DEFAULT_CDN.varnish, ...config?.varnish },
    webhook: { ...DEFAULT_CDN.webhook, ...config?.webhook },
  };
}

/** A header name as given (any case) in the spelling the CDN documents, or null when it is not a tag header. */
export function tagHeaderNamed(name: string): TagHeader | null {
  return TAG_HEADERS.find((header) => header.toLowerCase() === name.trim().toLowerCase()) ?? null;
}

const isHttpUrl = (url: string): boolean => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol);
const wholeIn = (value: number, min: number, max: number): boolean => Number.isInteger(value) && value >= min && value <= max;

/** What is wrong with a CDN configuration, each as a sentence; none when it can be used. */
export function cdnConfigProblems(config: CdnConfig): string[] {
  const problems: string[] = [];
  const unknown = config.tagHeaders.filter((name) => !TAG_HEADERS.includes(name));
  if (unknown.length > 0) problems.push(`cdn.tagHeaders takes ${TAG_HEADERS.join(', ')}, not ${unknown.join(', ')}.`);
  if (!wholeIn(config.maxAge, 0, 31536000)) problems.push('cdn.maxAge is a whole number of seconds, at most a year.');
  if (!wholeIn(config.maxTagHeaderBytes, 256, 16000)) problems.push('cdn.maxTagHeaderBytes is a whole number from 256 to 16000.');
  if (!wholeIn(config.purgeWaitMs, 0, 30000)) problems.push('cdn.purgeWaitMs is a whole number of milliseconds up to 30000.');
  if (!wholeIn(config.purgeAttempts, 1, 20)) problems.push('cdn.purgeAttempts is a whole number from 1 to 20.');
  for (const url of [...config.varnish.urls, ...(config.webhook.url ? [config.webhook.url] : [])]) {
    if (!isHttpUrl(url)) problems.push(`the purge URL "${url}" is not an http(s) URL.`);
  }
  const purging = config.varnish.urls.length > 0 || config.webhook.url !== null;
  // A CDN that keeps answers nobody tagged could never be told to drop them; purging tags nobody sent drops nothing.
  if ((config.maxAge > 0 || purging) && config.tagHeaders.length === 0) {
    problems.push('a CDN max age or a purger needs cdn.tagHeaders, or the CDN cannot be purged.');
  }
  if (config.webhook.secret !== null && config.webhook.url === null) problems.push('cdn.webhook.secret is set without cdn.webhook.url.');
  return problems;
}
