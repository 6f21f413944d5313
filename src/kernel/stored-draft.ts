import type { Core } from '@strapi/strapi';
import { attributesOf, columnOf, hasDraftAndPublish, joinOf, tableOf } from './bulk-documents/link-tables';
import { readerOf } from './reader';

/**
 * A document's draft row as stored before a save writes anything: its short columns as the database answers them (not
 * its long texts and JSON, such as an article's body, which no guard compares and which would be most of the read), and
 * for each to-one relation it holds in a link table the related row's id as `<attribute>Id` (null: none).
 */
export type StoredDraft = Record<string, unknown>;

const LONG = new Set(['text', 'richtext', 'blocks', 'json']);

/** In one statement, for the guards and steps that compare what was sent with what is stored. */
export async function readStoredDraft(strapi: Core.Strapi, uid: string, documentId: string): Promise<StoredDraft | null> {
  const knex = await readerOf(strapi);
  const columns = Object.entries(attributesOf(strapi, uid)).flatMap(([name, attribute]) =>
    attribute.type !== 'relation' && !LONG.has(attribute.type) && 'columnName' in attribute ? [`d.${columnOf(strapi, uid, name)}`] : [],
  );
  const query = knex(`${tableOf(strapi, uid)} as d`)
    .select(columns)
    .where('d.document_id', documentId);
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

/**
 * The rows a document's draft points at through one of its relations (`columns` of the related rows), in one statement
 * (the query layer's populate takes two).
 */
export const draftRelated = <Row>(strapi: Core.Strapi, uid: string, documentId: string, attribute: string, columns: readonly string[]): Promise<Row[]> =>
  versionRelated<Row>(strapi, uid, documentId, attribute, columns, 'draft');

/** The same for the document's published version (none: no rows). */
export const publishedRelated = <Row>(strapi: Core.Strapi, uid: string, documentId: string, attribute: string, columns: readonly string[]): Promise<Row[]> =>
  versionRelated<Row>(strapi, uid, documentId, attribute, columns, 'published');

async function versionRelated<Row>(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  attribute: string,
  columns: readonly string[],
  status: 'draft' | 'published',
): Promise<Row[]> {
  const link = joinOf(strapi, uid, attribute);
  const target = attributesOf(strapi, uid)[attribute]?.target ?? '';
  const knex = await readerOf(strapi);
  const query = knex(`${tableOf(strapi, uid)} as d`)
    .join(`${link.table} as link`, `link.${link.own}`, 'd.id')
    .join(`${tableOf(strapi, target)} as related`, 'related.id', `link.${link.other}`)
    .where('d.document_id', documentId)
    .select(columns.map((column) => `related.${column}`));
  if (hasDraftAndPublish(strapi, uid)) {
    if (status === 'draft') query.whereNull('d.published_at');
    else query.whereNotNull('d.published_at');
  }
  return (await query) as Row[];
}
