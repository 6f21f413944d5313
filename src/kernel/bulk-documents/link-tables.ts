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

/** The link table of a relation `uid` owns, whatever its cardinality: what a hand-written read joins through. */
export function joinOf(strapi: Core.Strapi, uid: string, attributeName: string): { table: string; own: string; other: string } {
  const joinTable = attributesOf(strapi, uid)[attributeName]?.joinTable;
  if (!joinTable?.inverseJoinColumn) throw new errors.ApplicationError(`${uid}.${attributeName} is not a relation held in a link table.`);
  return { table: joinTable.name, own: joinTable.joinColumn.name, other: joinTable.inverseJoinColumn.name };
}

/** The column of a scalar attribute (Strapi's snake_case unless the schema names one). */
export function columnOf(strapi: Core.Strapi, uid: string, attributeName: string): string {
  return (attributesOf(strapi, uid)[attributeName] as { columnName?: string } | undefined)?.columnName ?? attributeName;
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
    const maxima = (await trx(link.table)
      .select(link.other)
      .max(link.inverseOrder, { as: 'max' })
      .whereIn(link.other, targets)
      .groupBy(link.other)) as LinkRow[];
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

/** The column `linksWithPublished` adds: the published row of the document each link points at, or null. */
export const PUBLISHED_OTHER = 'published_other_id';

// The same document and locale (null matching null, as a document without locales has) as `row`.
function samePublishedDocument(this: Knex.JoinClause): void {
  this.on('published.document_id', '=', 'row.document_id').andOn(function sameLocale() {
    this.on('published.locale', '=', 'row.locale').orOn(function bothNone() {
      this.onNull('published.locale').andOnNull('row.locale');
    });
  });
}

/**
 * The link rows of these rows of the link's own type; with `otherTable` (a draft-and-publish type), each also carries
 * the id of the published version of the row it links to (`PUBLISHED_OTHER`, null when there is none), in the same
 * statement.
 */
export async function linksWithPublished(trx: Knex.Transaction, link: LinkTable, ownIds: readonly number[], otherTable: string | null): Promise<LinkRow[]> {
  if (ownIds.length === 0) return [];
  if (!otherTable)
    return (await trx(link.table)
      .select('*')
      .whereIn(link.own, [...ownIds])) as LinkRow[];
  return (await trx(`${link.table} as link`)
    .leftJoin(`${otherTable} as row`, 'row.id', `link.${link.other}`)
    .leftJoin(`${otherTable} as published`, function joinPublished() {
      samePublishedDocument.call(this);
      this.andOnNotNull('published.published_at');
    })
    .select('link.*', `published.id as ${PUBLISHED_OTHER}`)
    .whereIn(`link.${link.own}`, [...ownIds])) as LinkRow[];
}

/** Draft row id → published row id of the same document, for rows of `uid` that have a published version. */
export async function publishedIdsOf(trx: Knex.Transaction, table: string, rowIds: readonly unknown[]): Promise<Map<string, number>> {
  const ids = [...new Set(rowIds.map(Number))];
  if (ids.length === 0) return new Map();
  // The same document and locale (null matching null, as a document without locales has).
  const rows = (await trx(`${table} as row`)
    .join(`${table} as published`, samePublishedDocument)
    .whereNotNull('published.published_at')
    .whereIn('row.id', ids)
    .select('row.id as draft', 'published.id as published')) as LinkRow[];
  return new Map(rows.map((row) => [String(row.draft), Number(row.published)]));
}
