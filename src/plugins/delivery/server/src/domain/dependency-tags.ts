/**
 * What a cached response depends on, and what a write changes, as tags:
 * - `doc:<uid>:<documentId>`: one document (an article, its kicker, each author, source, highlight, image file);
 * - `type:<uid>`: every document of a type, for writes that cannot name their documents;
 * - `list:<uid>`: lists, feeds and sitemaps that show documents of a type; any write of the type can change them
 *   (a new article, one unpublished, a kicker renamed).
 * A response for one document carries the `doc` tags of everything it shows and the `type` tags of their types; a
 * list carries the `list` and `type` tags of the types it shows.
 */
export interface DocumentRef {
  uid: string;
  documentId: string;
}

/** What the public role may read (Settings → Roles): the core find lists answer by it. */
export const PUBLIC_ACCESS_TAG = 'access:public';

export const docTag = (uid: string, documentId: string): string => `doc:${uid}:${documentId}`;
export const typeTag = (uid: string): string => `type:${uid}`;
export const listTag = (uid: string): string => `list:${uid}`;

export function documentTags(refs: readonly DocumentRef[]): string[] {
  const tags = new Set<string>();
  for (const ref of refs) {
    tags.add(docTag(ref.uid, ref.documentId));
    tags.add(typeTag(ref.uid));
  }
  return [...tags];
}

export function listTags(uids: readonly string[]): string[] {
  return [...new Set(uids.flatMap((uid) => [listTag(uid), typeTag(uid)]))];
}

/** A database write, as the cache needs to know it. */
export interface Write {
  uid: string;
  /** The documents written, or null when the write could not name them (a bulk update by some other condition). */
  documentIds: readonly string[] | null;
  /**
   * Types whose documents may now point elsewhere because this write changed a relation from the other side (a
   * kicker's article list edited on the kicker): their responses cannot be told apart, so all of them go.
   */
  relinked: readonly string[];
}

export function writeTags(write: Write): string[] {
  const tags = new Set<string>([listTag(write.uid)]);
  if (write.documentIds === null) tags.add(typeTag(write.uid));
  else for (const documentId of write.documentIds) tags.add(docTag(write.uid, documentId));
  for (const uid of write.relinked) {
    tags.add(typeTag(uid));
    tags.add(listTag(uid));
  }
  return [...tags];
}
