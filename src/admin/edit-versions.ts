/**
 * The Content Manager's edit view drops `updatedAt` from what it saves, so the server cannot tell a save made from a
 * stale copy from a current one. This tab remembers the version of each draft it loaded or saved, and sends it with
 * the next save; the server refuses a save whose version is no longer the stored one with a 409 and a message the
 * edit view shows, instead of silently overwriting a colleague's work.
 */

const DOCUMENT_PATH = /^\/content-manager\/collection-types\/([^/]+)\/([a-z0-9]+)(\/actions\/publish)?$/;

interface DocumentRequest {
  key: string;
  publish: boolean;
  publishedVersion: boolean;
}

export function documentRequest(url: string): DocumentRequest | undefined {
  const parsed = new URL(url, 'http://admin.invalid');
  const match = DOCUMENT_PATH.exec(parsed.pathname);
  if (!match) return undefined;
  return {
    key: `${decodeURIComponent(match[1])}/${match[2]}`,
    publish: Boolean(match[3]),
    publishedVersion: parsed.searchParams.get('status') === 'published',
  };
}

export interface VersionBook {
  /** After a load or a save of a draft: the version it answered. */
  remember(url: string, method: string, body: unknown): void;
  /** Before a save: the JSON body with the version this tab last saw of that draft. */
  stamp(url: string, method: string, body: string): string;
}

export function createVersionBook(): VersionBook {
  const versions = new Map<string, string>();
  return {
    remember(url, method, body) {
      const request = documentRequest(url);
      // The published version and the publish action answer the published row, whose version is not the draft's.
      if (!request || request.publish || request.publishedVersion || (method !== 'GET' && method !== 'PUT')) return;
      const updatedAt = (body as { data?: { updatedAt?: unknown } } | null)?.data?.updatedAt;
      if (typeof updatedAt === 'string') versions.set(request.key, updatedAt);
    },
    stamp(url, method, body) {
      const request = documentRequest(url);
      const isSave = method === 'PUT' || (method === 'POST' && request?.publish);
      const version = request && isSave ? versions.get(request.key) : undefined;
      if (!version) return body;
      const data: unknown = JSON.parse(body);
      if (!data || typeof data !== 'object' || Array.isArray(data)) return body;
      return JSON.stringify({ ...data, updatedAt: version });
    },
  };
}

type FetchInput = Parameters<typeof fetch>[0];

const urlOf = (input: FetchInput): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/** Wraps the admin panel's fetch so every Content Manager save carries the version its edit view was loaded with. */
export function sendEditVersions(target: { fetch: typeof fetch }): void {
  const book = createVersionBook();
  const original = target.fetch.bind(target);
  target.fetch = async (input: FetchInput, init?: RequestInit): Promise<Response> => {
    const url = urlOf(input);
    const method = (init?.method ?? 'GET').toUpperCase();
    const sent = typeof init?.body === 'string' ? { ...init, body: book.stamp(url, method, init.body) } : init;
    const response = await original(input, sent);
    if (response.ok && documentRequest(url) && response.headers.get('content-type')?.includes('application/json')) {
      book.remember(url, method, await response.clone().json());
    }
    return response;
  };
}
