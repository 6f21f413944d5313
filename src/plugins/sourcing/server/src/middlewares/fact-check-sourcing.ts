import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { FACT_CHECK_UID } from '../constants';
import { getService } from '../utils';
import { publishWhenSourced } from './publish-gate';

/**
 * Fact checks: every save completes the numbered citation list from the text and lists the cited sources; publishing
 * is refused while the citations do not hold together (see citationFindings), and publishes the cited sources first.
 */
export function factCheckSourcingMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    if (ctx.uid !== FACT_CHECK_UID) return next();
    const service = getService(strapi, 'fact-check-sourcing');
    const { action, params } = ctx;
    const documentId = params.documentId;

    if ((action === 'create' || action === 'update') && params.data) {
      const data = params.data;
      return strapi.db.transaction(async () => {
        await service.completeCitations(data, action === 'update' ? documentId : undefined);
        const saved = (await next()) as { documentId?: string } | null;
        if (saved?.documentId) await service.linkSources(saved.documentId);
        return saved;
      });
    }
    if (action === 'publish' && documentId) {
      return strapi.db.transaction(async () => publishWhenSourced(strapi, await service.check(documentId), next));
    }
    return next();
  };
}
