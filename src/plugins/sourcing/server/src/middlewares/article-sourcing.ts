import type { Core } from '@strapi/strapi';
import type { DocumentContext, DocumentMiddleware } from '../../../../../utils/document-middleware';
import { ARTICLE_UID } from '../constants';
import { getService } from '../utils';
import { publishWhenSourced } from './publish-gate';

type Next = () => Promise<unknown>;

// A clone or a discarded draft gets a body without going through create/update, so it is re-read the same way.
function changesBody({ action, params }: DocumentContext): boolean {
  return ['create', 'clone', 'discardDraft'].includes(action) || (action === 'update' && params.data?.body !== undefined);
}

/**
 * Articles: every save re-derives highlights and sources from the body; publishing is refused while a highlight links
 * where a reader cannot follow, and publishes the highlights with the article; unpublishing withdraws them, deleting
 * the article deletes them.
 */
export function articleSourcingMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  const service = () => getService(strapi, 'article-sourcing');

  const afterSave = async (next: Next) => {
    const saved = (await next()) as { documentId?: string } | null;
    if (saved?.documentId) await service().sync(saved.documentId);
    return saved;
  };
  const publish = async (documentId: string, next: Next) => {
    const check = { findings: await service().findings(documentId), citedSources: await service().sourcesOfDraft(documentId) };
    const published = await publishWhenSourced(strapi, check, next);
    await service().publishHighlights(documentId);
    return published;
  };
  const unpublish = async (documentId: string, next: Next) => {
    const unpublished = await next();
    await service().unpublishHighlights(documentId);
    return unpublished;
  };
  const remove = async (documentId: string, next: Next) => {
    await service().deleteHighlights(documentId);
    return next();
  };
  const byAction: Record<string, (documentId: string, next: Next) => Promise<unknown>> = { publish, unpublish, delete: remove };

  return async (ctx, next) => {
    if (ctx.uid !== ARTICLE_UID) return next();
    if (changesBody(ctx)) return strapi.db.transaction(() => afterSave(next));
    const handler = byAction[ctx.action];
    const documentId = ctx.params.documentId;
    if (!handler || !documentId) return next();
    return strapi.db.transaction(() => handler(documentId, next));
  };
}
