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
  type?: string;
  target?: string;
  mappedBy?: string;
}

/** The unwritable fields a body carries, each with the reason a client is told. */
export function unwritableSent(body: unknown, attributes: Record<string, DeclaredAttribute>): Array<{ field: string; message: string }> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.keys(body)
    .filter((field) => !BOOKKEEPING.has(field) && attributes[field]?.writable === false)
    .map((field) => ({ field, message: `${field} is not saved with the document. ${attributes[field].description ?? 'The CMS sets it.'}`.trim() }));
}

/**
 * What the Content Manager sends for a relation nobody touched: empty `connect` and `disconnect` lists.
 */
function changesNothing(value: unknown): boolean {
  if (value === undefined) return true;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(([key, list]) => (key === 'connect' || key === 'disconnect') && Array.isArray(list) && list.length === 0);
}

/**
 * The relations a save changes from their inverse side (a kicker's, category's or author's `articles`, a source's
 * citing documents, an article's highlights). Each is kept by the documents on the other side, which is where the
 * newsroom's rules run: a link written from here would reach a published article at once, past its approval, its
 * section's editors and its publish gates. Only a change counts: the Content Manager sends every relation back untouched.
 */
export function inverseRelationsSent(data: unknown, attributes: Record<string, DeclaredAttribute>): Array<{ field: string; message: string }> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.entries(data as Record<string, unknown>).flatMap(([field, value]) => {
    const attribute = attributes[field];
    if (attribute?.type !== 'relation' || !attribute.mappedBy || changesNothing(value)) return [];
    const owner = (attribute.target ?? '').split('.').pop()?.replace(/-/g, ' ') || 'document';
    return [
      { field, message: `${field} is not saved from here: set it on each ${owner}, as its ${attribute.mappedBy}, where the newsroom's rules are checked.` },
    ];
  });
}
