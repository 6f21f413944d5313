import type { Core, UID } from '@strapi/strapi';

export interface StoredRow {
  id: number;
  documentId: string;
  updatedAt: unknown;
}

/**
 * Re-points rows (a kicker or category merged, a kicker renamed, the sources derived from a text) without making them
 * look edited: Strapi's update stamps `updatedAt`, a draft newer than its published version shows as "Modified" and
 * waits to be published again, and an editor's next save would be refused as made from a stale copy. So each row gets
 * its own `updatedAt` back (an `updateMany` stamps nothing). Answers how many documents moved.
 */
export async function updateQuietly(strapi: Core.Strapi, uid: UID.ContentType, rows: StoredRow[], data: Record<string, unknown>): Promise<number> {
  const query = strapi.db.query(uid);
  for (const row of rows) {
    // The documentId in the condition lets the delivery cache's write watch name the document without reading it.
    await query.update({ where: { id: row.id, documentId: row.documentId }, data });
    await query.updateMany({ where: { id: row.id, documentId: row.documentId }, data: { updatedAt: row.updatedAt } });
  }
  return new Set(rows.map((row) => row.documentId)).size;
}
