import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { createId } from '@paralleldrive/cuid2';
import { errors } from '@strapi/utils';
import { createRows } from './chunks';
import { insertOwnedLinks, linkTablesOf, ownedLink, tableOf, type LinkRow } from './link-tables';
import { publishRows } from './publish';
import { updateEachDraft } from './update-each';

/** A new draft: its fields, and for each to-one relation it owns, the id of the related row (null: no link). */
export interface NewDraft {
  data: Record<string, unknown>;
  links: Record<string, number | null>;
}

/** A change to one draft: the fields that changed, and the relations to point elsewhere (absent: unchanged). */
export interface DraftChange {
  documentId: string;
  data: Record<string, unknown>;
  links?: Record<string, number | null>;
}

/**
 * Writes the rows of derived documents (highlights, sources) through the query layer, many at once, the way Strapi's
 * document service would write them one by one: same documentId format (cuid2, Strapi's createDocumentId), draft and
 * published rows, timestamps, link rows. The document service runs the whole save pipeline again for each row, which
 * made these writes most of the cost of a save; the query layer still runs the database lifecycles (createMany,
 * updateMany, deleteMany) that the delivery cache watches. Only for types without i18n: rows get no locale, as the
 * document service gives them none.
 */
export function bulkDocuments(strapi: Core.Strapi, uid: UID.ContentType) {
  const contentType = strapi.contentType(uid);
  const localized = (contentType.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;
  if (contentType.options?.draftAndPublish !== true || localized) {
    throw new errors.ApplicationError(`${uid} must be a draft-and-publish type without locales to be written in bulk.`);
  }
  const query = strapi.db.query(uid);
  const table = tableOf(strapi, uid);
  // Nests into the save's transaction when there is one, so raw link-row writes commit or roll back with it.
  const inTransaction = async <T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> =>
    await strapi.db.transaction(({ trx }: { trx: Knex.Transaction }) => work(trx));

  /** The draft row id of each document; every one asked for must have a draft, as every document does. */
  const draftIds = async (trx: Knex.Transaction, documentIds: readonly string[]): Promise<(documentId: string) => number> => {
    const rows = (await trx(table)
      .select('id', 'document_id')
      .whereNull('published_at')
      .whereIn('document_id', [...documentIds])) as LinkRow[];
    const ids = new Map(rows.map((row) => [String(row.document_id), Number(row.id)]));
    return (documentId) => {
      const id = ids.get(documentId);
      if (id === undefined) throw new errors.NotFoundError(`${uid} ${documentId} has no draft to write.`);
      return id;
    };
  };

  const relink = async (trx: Knex.Transaction, attribute: string, pairs: Array<{ own: number; other: number | null }>) => {
    const link = ownedLink(strapi, uid, attribute);
    await trx(link.table)
      .whereIn(
        link.own,
        pairs.map((pair) => pair.own),
      )
      .del();
    const linked = pairs.filter((pair): pair is { own: number; other: number } => pair.other !== null);
    await insertOwnedLinks(trx, link, linked);
  };

  return {
    /** Creates the drafts (no published version, as a draft save does); answers their documentIds, in order. */
    async createDrafts(drafts: readonly NewDraft[]): Promise<string[]> {
      if (drafts.length === 0) return [];
      const documentIds = drafts.map(() => createId());
      return inTransaction(async (trx) => {
        await createRows(
          query,
          drafts.map((draft, index) => ({ ...draft.data, documentId: documentIds[index], publishedAt: null })),
        );
        const draftId = await draftIds(trx, documentIds);
        const attributes = [...new Set(drafts.flatMap((draft) => Object.keys(draft.links)))];
        for (const attribute of attributes) {
          const pairs = drafts.map((draft, index) => ({ own: draftId(documentIds[index]), other: draft.links[attribute] ?? null }));
          await insertOwnedLinks(
            trx,
            ownedLink(strapi, uid, attribute),
            pairs.filter((pair): pair is { own: number; other: number } => pair.other !== null),
          );
        }
        return documentIds;
      });
    },

    /** Updates drafts in place; like a document update, each one's `updatedAt` moves even when only a link changed. */
    async updateDrafts(changes: readonly DraftChange[]): Promise<void> {
      if (changes.length === 0) return;
      await inTransaction(async (trx) => {
        await updateEachDraft(strapi, trx, uid, changes);
        const attributes = [...new Set(changes.flatMap((change) => Object.keys(change.links ?? {})))];
        if (attributes.length === 0) return;
        const draftId = await draftIds(
          trx,
          changes.map((change) => change.documentId),
        );
        for (const attribute of attributes) {
          const pairs = changes
            .filter((change) => change.links?.[attribute] !== undefined)
            .map((change) => ({ own: draftId(change.documentId), other: change.links?.[attribute] ?? null }));
          await relink(trx, attribute, pairs);
        }
      });
    },

    publish: (documentIds: readonly string[]): Promise<void> => publishRows(strapi, uid, documentIds),

    /** Withdraws the published versions, as unpublish does; the drafts stay. */
    unpublish: (documentIds: readonly string[]): Promise<void> => removeRows(documentIds, { publishedAt: { $notNull: true } }),

    /** Deletes the documents: drafts and published versions. */
    remove: (documentIds: readonly string[]): Promise<void> => removeRows(documentIds, {}),
  };

  async function removeRows(documentIds: readonly string[], versions: Record<string, unknown>): Promise<void> {
    if (documentIds.length === 0) return;
    await inTransaction(async (trx) => {
      const rows = (await query.findMany({ where: { documentId: { $in: [...documentIds] }, ...versions }, select: ['id', 'documentId'] })) as Array<{
        id: number;
        documentId: string;
      }>;
      if (rows.length === 0) return;
      const ids = rows.map((row) => row.id);
      // The link rows go with their rows whether or not the database enforces its foreign keys.
      for (const link of linkTablesOf(strapi, uid)) await trx(link.table).whereIn(link.own, ids).del();
      // The documentIds in the condition let the delivery cache's write watch name them without reading them.
      await query.deleteMany({ where: { id: { $in: ids }, documentId: { $in: [...new Set(rows.map((row) => row.documentId))] } } });
    });
  }
}

export type BulkDocuments = ReturnType<typeof bulkDocuments>;
