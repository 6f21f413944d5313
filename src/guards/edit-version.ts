/**
 * Optimistic locking for saves. A client that read a document sends back the `updatedAt` it read; if the document has
 * changed since, the save is refused with a 409 instead of silently overwriting someone else's work.
 */

/** The document a request saves, read off its path: Content API `PUT /api/<plural>/<id>` or the Content Manager's. */
export type SaveTarget = { api: 'content-api'; pluralName: string; documentId: string } | { api: 'content-manager'; uid: string; documentId: string };

const CONTENT_API_SAVE = /^\/api\/([a-z0-9-]+)\/([a-z0-9]+)$/;
const CONTENT_MANAGER_SAVE = /^\/content-manager\/collection-types\/([^/]+)\/([a-z0-9]+)(\/actions\/publish)?$/;

export function saveTarget(method: string, path: string): SaveTarget | undefined {
  if (method === 'PUT') {
    const api = CONTENT_API_SAVE.exec(path);
    if (api) return { api: 'content-api', pluralName: api[1], documentId: api[2] };
  }
  const manager = CONTENT_MANAGER_SAVE.exec(path);
  if (manager && (method === 'PUT' || (method === 'POST' && manager[3]))) {
    return { api: 'content-manager', uid: decodeURIComponent(manager[1]), documentId: manager[2] };
  }
  return undefined;
}

/** The version a client sends: an ISO timestamp, as every read answers `updatedAt`. */
export function parseVersion(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export interface Conflict {
  noun: string;
  yourVersion: Date;
  currentVersion?: Date;
  changedBy?: string;
}

export function conflictMessage({ noun, currentVersion, changedBy }: Conflict): string {
  const who = changedBy ? ` by ${changedBy}` : '';
  const when = currentVersion ? ` at ${currentVersion.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  return `This ${noun} was changed${who}${when}, after you opened it. Nothing was saved: reload it to see those changes, then make yours again.`;
}
