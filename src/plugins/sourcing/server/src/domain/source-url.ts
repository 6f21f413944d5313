import { MESSAGES, TRACKING_PARAMETERS } from '../constants';

export type SourceUrlResult = { ok: true; url: string; host: string; isInternal: boolean } | { ok: false; message: string };

/** Path without a trailing slash, except the site root, so /a/ and /a are one source. */
function trimTrailingSlash(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

function isUnder(url: URL, siteUrl: URL): boolean {
  if (url.host !== siteUrl.host) return false;
  const root = trimTrailingSlash(siteUrl.pathname);
  return root === '/' || url.pathname === root || url.pathname.startsWith(`${root}/`);
}

/**
 * The identity of a cited document: host lower-case (the URL parser does it), default port, fragment and tracking
 * parameters dropped, trailing slash removed. Two links to the same document give the same string.
 */
export function normalizeSourceUrl(raw: string, siteUrls: readonly string[] = []): SourceUrlResult {
  const trimmed = raw.trim();
  if (!trimmed) return { ok: false, message: MESSAGES.urlRequired };
  if (!URL.canParse(trimmed)) return { ok: false, message: MESSAGES.urlInvalid };
  const url = new URL(trimmed);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: MESSAGES.urlScheme };
  if (!url.hostname) return { ok: false, message: MESSAGES.urlInvalid };

  url.hash = '';
  url.username = '';
  url.password = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETERS.some((pattern) => pattern.test(name))) url.searchParams.delete(name);
  }
  url.pathname = trimTrailingSlash(url.pathname);
  // An empty query leaves a dangling "?" in the serialization.
  if (!url.searchParams.toString()) url.search = '';

  const isInternal = siteUrls.some((siteUrl) => isUnder(url, new URL(siteUrl)));
  return { ok: true, url: url.toString(), host: url.host, isInternal };
}
