import type { Core } from '@strapi/strapi';
import type { Step } from '../../../../kernel/pipeline';
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
    const rows = strapi.db.query(ARTICLE_UID);
    const live = (await rows.findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['datePublished'] })) as Dated | null;
    await rows.updateMany({ where: { documentId, publishedAt: null, datePublished: null }, data: { datePublished: live?.datePublished ?? new Date() } });
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
