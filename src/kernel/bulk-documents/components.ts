import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { createRows, insertRows } from './chunks';
import { attributesOf } from './link-tables';

export interface ComponentJoin {
  target: string;
  table: string;
  own: string;
  component: string;
  field: string;
}

/** Where a single component field of `uid` keeps its rows: the component's uid, and the owner's component table. */
export function componentJoin(strapi: Core.Strapi, uid: string, attributeName: string): ComponentJoin {
  const attribute = attributesOf(strapi, uid)[attributeName] as ReturnType<typeof attributesOf>[string] & {
    joinTable?: { on?: { field?: string } };
  };
  const joinTable = attribute?.joinTable;
  const field = joinTable?.on?.field;
  if (!attribute?.target || !joinTable?.inverseJoinColumn || !field || !(attribute.target in strapi.components)) {
    throw new errors.ApplicationError(`${uid}.${attributeName} is not a component.`);
  }
  return { target: attribute.target, table: joinTable.name, own: joinTable.joinColumn.name, component: joinTable.inverseJoinColumn.name, field };
}

/** The component's own fields; a component that links elsewhere (a media file, a relation) is not written in bulk. */
function componentFields(strapi: Core.Strapi, target: string, data: Record<string, unknown>): Record<string, unknown> {
  const attributes = strapi.components[target as UID.Component].attributes as Record<string, { type: string }>;
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const attribute = attributes[name];
    if (!attribute || value === undefined) continue;
    if (['relation', 'media', 'component', 'dynamiczone'].includes(attribute.type)) {
      if (value === null) continue;
      throw new errors.ApplicationError(`${target}.${name} links elsewhere and cannot be written in bulk.`);
    }
    fields[name] = value;
  }
  return fields;
}

/**
 * A single (not repeatable) component for each new row, as the document service writes one on create: a row of the
 * component's table and its entry in the owner's component table (no order: there is one). A published copy gets
 * components of its own, as Strapi's publish clones them.
 */
export async function insertSingleComponents(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  uid: string,
  attributeName: string,
  entries: ReadonlyArray<{ own: number; data: Record<string, unknown> }>,
): Promise<void> {
  if (entries.length === 0) return;
  const join = componentJoin(strapi, uid, attributeName);
  const ids = await createRows(
    strapi.db.query(join.target as UID.Schema),
    entries.map((entry) => componentFields(strapi, join.target, entry.data)),
  );
  if (ids.length !== entries.length) throw new errors.ApplicationError(`${join.target}: ${ids.length} rows written for ${entries.length} components.`);
  const rows = entries.map((entry, index) => ({
    [join.own]: entry.own,
    [join.component]: ids[index],
    field: join.field,
    component_type: join.target,
  }));
  await insertRows(trx, join.table, rows);
}
