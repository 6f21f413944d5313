import type { Core } from '@strapi/strapi';
import type { Step } from '#kernel/pipeline';
import { columnOf, tableOf } from '#kernel/bulk-documents/link-tables';
import { readerOf } from '#kernel/reader';
import { ARTICLE_UID } from './constants';

interface Dated {
  documentId: string;
  datePublished: string | null;
  publishedAt: string | null;
}

/**
 * An article's `datePublished` is when it first went out to readers: stamped on its first publication when the editor
 * left it empty, and kept through corrections and re-publishing (a re-publish keeps the published version's date).
 * Feeds and lists sort by it, and article addresses are made from it, so it must not move. Runs in the publish's
 * transaction, after the gates, so a refused publish stamps nothing.
 */
export const stampFirstPublication: Step = {
  name: 'first publication date',
  owner: 'delivery',
  actions: ['publish'],
  async run({ strapi, documentId }) {
    if (!documentId) return;
    // One statement, the published version's date or now; written beside the query layer, whose lifecycles would tell
    // the delivery cache nothing the publish of this same article does not.
    const knex = await readerOf(strapi);
    const table = tableOf(strapi, ARTICLE_UID);
    const column = columnOf(strapi, ARTICLE_UID, 'datePublished');
    const live = knex(table).select(column).where('document_id', documentId).whereNotNull('published_at').limit(1);
    await knex(table)
      .where('document_id', documentId)
      .whereNull('published_at')
      .whereNull(column)
      .update({ [column]: knex.raw('coalesce((?), ?)', [live, new Date()]) });
  },
};

/** Articles published before the stamp existed take their current publication time as their first. */
export async function backfillFirstPublication(strapi: Core.Strapi): Promise<void> {
  const rows = strapi.db.query(ARTICLE_UID);
  const undated = (await rows.findMany({
    where: { publishedAt: { $notNull: true }, datePublished: null },
    select: ['documentId', 'publishedAt'],
  })) as Dated[];
  for (const { documentId, publishedAt } of undated) {
    await rows.updateMany({ where: { documentId, datePublished: null }, data: { datePublished: publishedAt } });
  }
}
