import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { ARTICLE_UID } from '../constants';
import { findingsError } from '../errors';
import { getService } from '../utils';

/**
 * Articles: every save re-derives highlights and sources from the body; publishing is refused while a highlight links
 * where a reader cannot follow, and publishes the highlights with the article; unpublishing withdraws them, deleting
 * the article deletes them.
 */
export function articleSourcingMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    if (ctx.uid !== ARTICLE_UID) return next();
    const service = getService(strapi, 'article-sourcing');
    const { action, params } = ctx;

    // A clone or a discarded draft gets a body without going through create/update, so it is re-read the same way.
    const changesBody = ['create', 'clone', 'discardDraft'].includes(action) || (action === 'update' && params.data?.body !== undefined);
    if (changesBody) {
      return strapi.db.transaction(async () => {
        const saved = (await next()) as { documentId?: string } | null;
        if (saved?.documentId) await service.sync(saved.documentId);
        return saved;
      });
    }
    if (action === 'publish' && params.documentId) {
      const documentId = params.documentId;
      return strapi.db.transaction(async () => {
        const findings = await service.findings(documentId);
        if (findings.length > 0) throw findingsError(findings);
        await getService(strapi, 'sources').publishDrafts(await service.sourcesOfDraft(documentId));
        const published = await next();
        await service.publishHighlights(documentId);
        return published;
      });
    }
    if (action === 'unpublish' && params.documentId) {
      const documentId = params.documentId;
      return strapi.db.transaction(async () => {
        const unpublished = await next();
        await service.unpublishHighlights(documentId);
        return unpublished;
      });
    }
    if (action === 'delete' && params.documentId) {
      const documentId = params.documentId;
      return strapi.db.transaction(async () => {
        await service.deleteHighlights(documentId);
        return next();
      });
    }
    return next();
  };
}
