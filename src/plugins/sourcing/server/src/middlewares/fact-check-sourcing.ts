import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { FACT_CHECK_UID } from '../constants';
import { findingsError } from '../errors';
import { getService } from '../utils';

/**
 * Fact checks: every save completes the numbered citation list from the text and lists the cited sources; publishing
 * is refused while the citations do not hold together (see citationFindings), and publishes the cited sources first.
 */
export function factCheckSourcingMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    if (ctx.uid !== FACT_CHECK_UID) return next();
    const service = getService(strapi, 'fact-check-sourcing');
    const { action, params } = ctx;

    if ((action === 'create' || action === 'update') && params.data) {
      const data = params.data;
      return strapi.db.transaction(async () => {
        await service.completeCitations(data, action === 'update' ? params.documentId : undefined);
        const saved = (await next()) as { documentId?: string } | null;
        if (saved?.documentId) await service.linkSources(saved.documentId);
        return saved;
      });
    }
    if (action === 'publish' && params.documentId) {
      const documentId = params.documentId;
      return strapi.db.transaction(async () => {
        const findings = await service.findings(documentId);
        if (findings.length > 0) throw findingsError(findings);
        await getService(strapi, 'sources').publishDrafts(await service.citedSources(documentId));
        return next();
      });
    }
    return next();
  };
}
