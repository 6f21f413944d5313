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
    const data = chunk.map((change) => ({ ...change.data }));
    const params = { where: { documentId: { $in: chunk.map((change) => change.documentId) }, publishedAt: null }, data };
    const states = await strapi.db.lifecycles.run('beforeUpdateMany', uid, { params });
    const byColumn = new Map<string, Array<[string, Scalar]>>();
    chunk.forEach((change, index) => {
      for (const [name, value] of Object.entries(data[index])) {
        if (!(name in attributes)) throw new errors.ApplicationError(`${uid} has no field "${name}" to write.`);
        const column = columnOf(strapi, uid, name);
        byColumn.set(column, [...(byColumn.get(column) ?? []), [change.documentId, scalar(uid, name, value)]]);
      }
    });
    // Nothing to set happens only with the lifecycles switched off (no updatedAt) and changes to links alone.
    const count = byColumn.size
      ? await trx(table)
          .whereNull('published_at')
          .whereIn('document_id', params.where.documentId.$in)
          .update(Object.fromEntries([...byColumn].map(([column, values]) => [column, caseOf(trx, column, values)])))
      : 0;
    await strapi.db.lifecycles.run('afterUpdateMany', uid, { params, result: { count } }, states);
  }
}
