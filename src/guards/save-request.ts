import { contentManagerWriteUid } from './unwritable-fields';

/**
 * What a request saves, creates included, read off its method and path, and the fields it sends: a Content API save
 * (`POST /api/<plural>`, `PUT /api/<plural>/<id>`) carries them in `data`, a Content Manager save as the whole body.
 * Pure: no Strapi import.
 */
export type SaveRequest = { api: 'content-api'; pluralName: string; data: unknown } | { api: 'content-manager'; uid: string; data: unknown };

const CONTENT_API_WRITE = /^\/api\/([a-z0-9-]+)(?:\/[^/]+)?$/;

export function saveRequest(method: string, path: string, body: unknown): SaveRequest | undefined {
  const uid = contentManagerWriteUid(method, path);
  if (uid) return { api: 'content-manager', uid, data: body };
  const api = (method === 'POST' || method === 'PUT') && CONTENT_API_WRITE.exec(path);
  if (!api) return undefined;
  return {
    api: 'content-api',
    pluralName: api[1],
    data: body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).data : undefined,
  };
}
