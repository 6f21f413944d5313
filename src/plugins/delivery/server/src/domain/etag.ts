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
