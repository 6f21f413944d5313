import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { insertRows } from './chunks';
import { errors } from '@strapi/utils';

/** The part of Strapi's relation metadata that says where a relation's rows live. */
interface JoinTableMeta {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn?: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

interface AttributeMeta {
  type: string;
  relation?: string;
  target?: string;
  inversedBy?: string;
  mappedBy?: string;
  owner?: boolean;
  joinTable?: JoinTableMeta;
  joinColumn?: { name: string };
}

/** One link table seen from one type: which column holds that type's row and which the related row. */
export interface LinkTable {
  table: string;
  own: string;
  other: string;
  otherUid: string;
  /** Both sides know the relation (inversedBy/mappedBy); a one-sided relation from elsewhere is only re-pointed. */
  bidirectional: boolean;
  orderColumns: string[];
}

/** A to-one relation this type owns through a link table (a highlight's article): what a new row links. */
export interface OwnedLink {
  table: string;
  own: string;
  other: string;
  /** The related row's ordering of its rows of this type (an article's ordering of its highlights). */
  inverseOrder: string | null;
}

export type LinkRow = Record<string, unknown>;

export function attributesOf(strapi: Core.Strapi, uid: string): Record<string, AttributeMeta> {
  return strapi.db.metadata.get(uid).attributes as unknown as Record<string, AttributeMeta>;
}

export function tableOf(strapi: Core.Strapi, uid: string): string {
  return strapi.db.metadata.get(uid).tableName;
}

export function hasDraftAndPublish(strapi: Core.Strapi, uid: string): boolean {
  return strapi.contentTypes[uid as UID.ContentType]?.options?.draftAndPublish === true;
}

/** Every link table that holds rows of `uid`, from its own relations and from the relations of others that target it. */
export function linkTablesOf(strapi: Core.Strapi, uid: string): LinkTable[] {
  const tables = new Map<string, LinkTable>();
  const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)];
  for (const model of models) {
    for (const attribute of Object.values(attributesOf(strapi, model.uid))) {
      const joinTable = attribute.joinTable;
      if (attribute.type !== 'relation' || !joinTable?.inverseJoinColumn || !attribute.target) continue;
      const owning = model.uid === uid;
      if (!owning && attribute.target !== uid) continue;
      const own = owning ? joinTable.joinColumn.name : joinTable.inverseJoinColumn.name;
      const other = owning ? joinTable.inverseJoinColumn.name : joinTable.joinColumn.name;
      const key = `${joinTable.name}:${own}`;
      if (tables.has(key)) continue;
      tables.set(key, {
        table: joinTable.name,
        own,
        other,
        otherUid: owning ? attribute.target : model.uid,
        bidirectional: !!(attribute.inversedBy || attribute.mappedBy),
        orderColumns: [joinTable.orderColumnName, joinTable.inverseOrderColumnName].filter((name): name is string => !!name),
      });
    }
  }
  return [...tables.values()];
}

/** The link table of a to-one relation `uid` owns; anything else is not written by the bulk writer. */
export function ownedLink(strapi: Core.Strapi, uid: string, attributeName: string): OwnedLink {
  const attribute = attributesOf(strapi, uid)[attributeName];
  const joinTable = attribute?.joinTable;
  const toOne = attribute?.relation === 'manyToOne' || attribute?.relation === 'oneToOne';
  if (!joinTable?.inverseJoinColumn || !toOne || attribute.mappedBy) {
    throw new errors.ApplicationError(`${uid}.${attributeName} is not a to-one relation held in a link table.`);
  }
  return {
    table: joinTable.name,
    own: joinTable.joinColumn.name,
    other: joinTable.inverseJoinColumn.name,
    inverseOrder: joinTable.inverseOrderColumnName ?? null,
  };
}

/** The to-one relations stored as a column on the row itself (createdBy, updatedBy): attribute name → column. */
export function joinColumnsOf(strapi: Core.Strapi, uid: string): Map<string, string> {
  const columns = new Map<string, string>();
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (attribute.type === 'relation' && attribute.owner && attribute.joinColumn) columns.set(name, attribute.joinColumn.name);
  }
  return columns;
}

/**
 * Links new rows to their related rows as Strapi's entity manager does: each link goes last in the related row's
 * ordering (the highest order there plus one), in the order given.
 */
export async function insertOwnedLinks(trx: Knex.Transaction, link: OwnedLink, pairs: Array<{ own: number; other: number }>): Promise<void> {
  if (pairs.length === 0) return;
  const next = new Map<number, number>();
  if (link.inverseOrder) {
    const targets = [...new Set(pairs.map((pair) => pair.other))];
    const maxima = (await trx(link.table).select(link.other).max(link.inverseOrder, { as: 'max' }).whereIn(link.other, targets).groupBy(link.other)) as LinkRow[];
    for (const row of maxima) next.set(Number(row[link.other]), Number(row.max ?? 0));
  }
  const rows = pairs.map(({ own, other }) => {
    const row: LinkRow = { [link.own]: own, [link.other]: other };
    if (link.inverseOrder) {
      const order = (next.get(other) ?? 0) + 1;
      next.set(other, order);
      row[link.inverseOrder] = order;
    }
    return row;
  });
  await insertRows(trx, link.table, rows);
}

/** Draft row id → published row id of the same document, for rows of `uid` that have a published version. */
export async function publishedIdsOf(trx: Knex.Transaction, table: string, rowIds: readonly unknown[]): Promise<Map<string, number>> {
  const ids = [...new Set(rowIds.map(Number))];
  if (ids.length === 0) return new Map();
  const rows = (await trx(table).select('id', 'document_id', 'locale').whereIn('id', ids)) as LinkRow[];
  const published = (await trx(table)
    .select('id', 'document_id', 'locale')
    .whereNotNull('published_at')
    .whereIn('document_id', rows.map((row) => row.document_id as string))) as LinkRow[];
  const byDocument = new Map(published.map((row) => [`${row.document_id}:${row.locale}`, Number(row.id)]));
  const map = new Map<string, number>();
  for (const row of rows) {
    const id = byDocument.get(`${row.document_id}:${row.locale}`);
    if (id !== undefined) map.set(String(row.id), id);
  }
  return map;
}
