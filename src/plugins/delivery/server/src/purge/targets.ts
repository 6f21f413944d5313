import { chunkKeys } from '../domain/purge-keys';

/** Where purges go: a name for the logs and how to send one purge of some keys. */
export interface PurgeTarget {
  name: string;
  send(keys: string[]): Promise<void>;
}

// Varnish reads a request header line of at most 8 KB by default (http_req_hdr_len).
const MAX_HEADER_BYTES = 7000;
// A webhook gets at most this many keys per call, as CDN APIs limit a purge request (Fastly 256 keys per batch call).
const MAX_WEBHOOK_KEYS = 256;
const REQUEST_TIMEOUT_MS = 5000;

async function expectOk(response: Response, what: string): Promise<void> {
  // Drained so the connection goes back to the pool.
  const text = await response.text();
  if (!response.ok) throw new Error(`${what} answered ${response.status} ${text.slice(0, 200)}`);
}

/** A Varnish with the xkey vmod and deploy/varnish/default.vcl: `PURGE` with the keys in `xkey-purge`. */
export function varnishTarget(url: string, soft: boolean): PurgeTarget {
  const header = soft ? 'xkey-softpurge' : 'xkey-purge';
  return {
    name: `Varnish ${url}`,
    async send(keys) {
      for (const chunk of chunkKeys(keys, MAX_HEADER_BYTES)) {
        const response = await fetch(url, { method: 'PURGE', headers: { [header]: chunk.join(' ') }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        await expectOk(response, `PURGE ${url}`);
      }
    },
  };
}

/** Any service that purges a CDN by tag (a Fastly or Cloudflare API bridge, a frontend's cache): `POST { tags }`. */
export function webhookTarget(url: string, secret: string | null): PurgeTarget {
  return {
    name: `webhook ${new URL(url).origin}`,
    async send(keys) {
      for (let start = 0; start < keys.length; start += MAX_WEBHOOK_KEYS) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(secret ? { Authorization: `Bearer ${secret}` } : {}) },
          body: JSON.stringify({ tags: keys.slice(start, start + MAX_WEBHOOK_KEYS) }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await expectOk(response, `POST ${new URL(url).origin}`);
      }
    },
  };
}
