import { createHash } from 'crypto';

/** A strong validator for a response's exact bytes: the same body always gets the same ETag, on every instance. */
export function etagOf(body: Buffer | string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** The Cache-Control of a response anyone may read, or of one made for a signed-in caller or a draft. */
export function cacheControl(publicRead: boolean, maxAge: number): string {
  if (!publicRead) return 'private, no-store';
  return maxAge > 0 ? `public, max-age=${maxAge}, must-revalidate` : 'public, max-age=0, must-revalidate';
}

// Headers that belong to one exchange, not to the response: its length and date, a cookie, the connection, and CORS
// answers, which depend on the asking origin.
const PER_EXCHANGE = new Set([
  'content-length',
  'date',
  'set-cookie',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'etag',
  'cache-control',
  'content-type',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-expose-headers',
]);

/**
 * The headers a kept response is sent with again (the security headers the middlewares before the handler set, for
 * instance), so a reply from the cache carries what the first reply carried.
 */
export function replayableHeaders(headers: Record<string, string | string[] | number | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_EXCHANGE.has(name.toLowerCase()) || /^x-response-time$/i.test(name)) continue;
    kept[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return kept;
}
