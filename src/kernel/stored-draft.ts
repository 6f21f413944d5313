import type { Core } from '@strapi/strapi';
import { attributesOf, hasDraftAndPublish, joinOf, tableOf } from './bulk-documents/link-tables';
import { readerOf } from './reader';

/**
 * A document's draft row as stored before a save writes anything: its columns as the database answers them, and for
 * each to-one relation it holds in a link table the related row's id as `<attribute>Id` (null: none).
 */
export type StoredDraft = Record<string, unknown>;

/** In one statement, for the guards and steps that compare what was sent with what is stored. */
export async function readStoredDraft(strapi: Core.Strapi, uid: string, documentId: string): Promise<StoredDraft | null> {
  const knex = await readerOf(strapi);
  const query = knex(`${tableOf(strapi, uid)} as d`).select('d.*').where('d.document_id', documentId);
  if (hasDraftAndPublish(strapi, uid)) query.whereNull('d.published_at');
  // Relations to content types only: components are stored through link tables too, keyed by field.
  const toOne = Object.entries(attributesOf(strapi, uid)).filter(
    ([, { type, relation, mappedBy, joinTable, target }]) =>
      type === 'relation' && ['manyToOne', 'oneToOne'].includes(relation ?? '') && !mappedBy && joinTable && target && target in strapi.contentTypes,
  );
  toOne.forEach(([name], index) => {
    const link = joinOf(strapi, uid, name);
    query.leftJoin(`${link.table} as l${index}`, `l${index}.${link.own}`, 'd.id').select(`l${index}.${link.other} as ${name}Id`);
  });
  return ((await query.first()) as StoredDraft | undefined) ?? null;
}
