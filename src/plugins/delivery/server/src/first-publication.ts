import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../utils/document-middleware';
import { ARTICLE_UID } from './constants';

interface Dated {
  documentId: string;
  datePublished: string | null;
  publishedAt: string | null;
}

/**
 * An article's `datePublished` is when it first went out to readers: stamped on its first publication when the editor
 * left it empty, and kept through corrections and re-publishing (a re-publish keeps the published version's date).
 * Feeds and lists sort by it, and article addresses are made from it, so it must not move. Inside the publish's
 * transaction, so a refused publish stamps nothing.
 */
export function stampFirstPublication(strapi: Core.Strapi): DocumentMiddleware {
  return (ctx, next) => {
    const { documentId } = ctx.params;
    if (ctx.uid !== ARTICLE_UID || ctx.action !== 'publish' || !documentId) return next();
    return strapi.db.transaction(async () => {
      const rows = strapi.db.query(ARTICLE_UID);
      const live = (await rows.findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['datePublished'] })) as Dated | null;
      await rows.updateMany({ where: { documentId, publishedAt: null, datePublished: null }, data: { datePublished: live?.datePublished ?? new Date() } });
      return next();
    });
  };
}

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
