import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { chunksOf } from './chunks';
import { columnOf, tableOf } from './link-tables';

/** The values this writer binds as they are: what the query layer would hand the driver for these attribute types. */
type Scalar = string | number | boolean | Date | null;

export interface EachChange {
  documentId: string;
  data: Record<string, unknown>;
}

function scalar(uid: string, name: string, value: unknown): Scalar {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  throw new errors.ApplicationError(`${uid}.${name} cannot be written in bulk: only plain values can.`);
}

/** `column = CASE document_id WHEN … THEN … ELSE column END`: the ELSE also gives PostgreSQL the bound values' type. */
function caseOf(trx: Knex.Transaction, column: string, values: Array<[string, Scalar]>): Knex.Raw {
  const whens = values.map(() => 'WHEN ? THEN ?').join(' ');
  return trx.raw(`CASE ?? ${whens} ELSE ?? END`, ['document_id', ...values.flat(), column]);
}

/** What a hand-written update of many rows tells the database lifecycles, as the query layer's `updateMany` does. */
export interface UpdateManyParams {
  where: { documentId: { $in: string[] }; publishedAt: null | { $notNull: true } };
  data: Record<string, unknown> | Array<Record<string, unknown>>;
}

/**
 * Runs `write` (a statement beside the query layer, answering how many rows it changed) between the lifecycles the
 * query layer runs around `updateMany`, so their subscribers see it: the timestamps subscriber moves an `updatedAt` in
 * each entry of an array `data`, and the delivery cache's write watch learns which documents changed.
 */
export async function asUpdateMany(strapi: Core.Strapi, uid: UID.ContentType, params: UpdateManyParams, write: () => Promise<number>): Promise<void> {
  const states = await strapi.db.lifecycles.run('beforeUpdateMany', uid, { params });
  const count = await write();
  await strapi.db.lifecycles.run('afterUpdateMany', uid, { params, result: { count } }, states);
}

/**
 * Updates the drafts of many documents, each with its own values, in one statement per hundred (the query layer's
 * `updateMany` writes one value to every row it matches). The database lifecycles run around it as they run around
 * `updateMany`, with `data` holding one entry per document: the timestamps subscriber moves each `updatedAt`, and the
 * delivery cache's write watch learns which documents changed.
 */
export async function updateEachDraft(strapi: Core.Strapi, trx: Knex.Transaction, uid: UID.ContentType, changes: readonly EachChange[]): Promise<void> {
  const attributes = strapi.db.metadata.get(uid).attributes;
  const table = tableOf(strapi, uid);
  for (const chunk of chunksOf(changes)) {
    const documentIds = chunk.map((change) => change.documentId);
    const data = chunk.map((change) => ({ ...change.data }));
    await asUpdateMany(strapi, uid, { where: { documentId: { $in: documentIds }, publishedAt: null }, data }, async () => {
      const byColumn = new Map<string, Array<[string, Scalar]>>();
      chunk.forEach((change, index) => {
        for (const [name, value] of Object.entries(data[index])) {
          if (!(name in attributes)) throw new errors.ApplicationError(`${uid} has no field "${name}" to write.`);
          const column = columnOf(strapi, uid, name);
          byColumn.set(column, [...(byColumn.get(column) ?? []), [change.documentId, scalar(uid, name, value)]]);
        }
      });
      // Nothing to set happens only with the lifecycles switched off (no updatedAt) and changes to links alone.
      if (byColumn.size === 0) return 0;
      return trx(table)
        .whereNull('published_at')
        .whereIn('document_id', documentIds)
        .update(Object.fromEntries([...byColumn].map(([column, values]) => [column, caseOf(trx, column, values)])));
    });
  }
}
