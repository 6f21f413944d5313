/**
 * Fields a save may not carry: a schema marks them `writable: false` because the CMS keeps them itself (the article's
 * editorial stage moves only with the stage control). The Content Manager drops such a field from a save without a
 * word; refusing it instead tells whoever sent it that nothing of it was stored. Pure: no Strapi import.
 */

/** What the Content Manager routes save (create, update, publish, each with a body): the type's UID, off the path. */
const CONTENT_MANAGER_WRITE = /^\/content-manager\/collection-types\/([^/]+)(?:\/[^/]+)?(?:\/actions\/publish)?$/;

// Strapi's own bookkeeping, which the admin panel's forms send back as they read it and Strapi ignores on purpose.
const BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

export function contentManagerWriteUid(method: string, path: string): string | undefined {
  if (method !== 'POST' && method !== 'PUT') return undefined;
  const match = CONTENT_MANAGER_WRITE.exec(path);
  return match ? decodeURIComponent(match[1]) : undefined;
}

export interface DeclaredAttribute {
  writable?: boolean;
  description?: string;
}

/** The unwritable fields a body carries, each with the reason a client is told. */
export function unwritableSent(body: unknown, attributes: Record<string, DeclaredAttribute>): Array<{ field: string; message: string }> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.keys(body)
    .filter((field) => !BOOKKEEPING.has(field) && attributes[field]?.writable === false)
    .map((field) => ({ field, message: `${field} is not saved with the document. ${attributes[field].description ?? 'The CMS sets it.'}`.trim() }));
}
