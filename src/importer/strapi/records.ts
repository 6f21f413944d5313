import type { Core } from '@strapi/strapi';
import { IMPORT_RECORD_UID } from '#domain/uids';

/** A post's front matter as `[key, value]` pairs: PostgreSQL's jsonb would sort an object's keys, a list keeps their order. */
export type FrontMatterEntries = Array<[string, unknown]>;

export interface ImportRecord {
  id: number;
  key: string;
  contentType: string;
  target: string;
  fingerprint: string;
  /** A post's front matter as read (null for a fact check), for the exporter. */
  frontMatter: FrontMatterEntries | null;
  findings: string[] | null;
}

export async function findRecord(strapi: Core.Strapi, key: string): Promise<ImportRecord | null> {
  return (await strapi.db.query(IMPORT_RECORD_UID).findOne({ where: { key } })) as ImportRecord | null;
}

/** Written in the same transaction as the document, so a killed import never leaves a record without its document. */
export async function saveRecord(strapi: Core.Strapi, existing: ImportRecord | null, data: Omit<ImportRecord, 'id'>): Promise<void> {
  if (existing) await strapi.db.query(IMPORT_RECORD_UID).update({ where: { id: existing.id }, data });
  else await strapi.documents(IMPORT_RECORD_UID).create({ data });
}
