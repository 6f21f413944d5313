import type { Core, UID } from '@strapi/strapi';
import { withStoredCorrections, type ImportedCorrection } from '../domain/correction-notes';

interface StoredEntry {
  key: string | null;
  kind: string;
  text: string;
}

/**
 * What a re-import sends as the corrections log of a post already in the CMS: the stored entries with their keys (a
 * published one may not go, and one an editor added stays), then the post's notes that are not entries yet.
 */
export async function withStoredLog(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (!Array.isArray(data.corrections)) return data;
  const draft = (await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null }, populate: { corrections: true } })) as {
    corrections?: StoredEntry[];
  } | null;
  const stored = (draft?.corrections ?? []).map(({ key, kind, text }) => ({ key, kind, text }));
  return { ...data, corrections: withStoredCorrections(stored, data.corrections as ImportedCorrection[]) };
}
