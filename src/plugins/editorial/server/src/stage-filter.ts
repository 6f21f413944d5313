import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from './constants';
import { getService } from './utils';

interface Route {
  method: string;
  path: string;
  config?: { middlewares?: unknown[] };
}

// The list view sends what the Stage filter chose as `plugins[editorial][stage]`, which reaches the server as `stage`.
const LIST_PATH = '/collection-types/:model';

/**
 * The Content Manager's list of articles filtered by stage. The stage is not on the Content Manager's model, so its
 * own filters cannot name it: the chosen stage becomes a filter on the documents in it, before the Content Manager
 * reads the query (and before the query-shape check, which sees an ordinary documentId filter).
 */
export function filterArticleListByStage(strapi: Core.Strapi): void {
  const filter: Core.MiddlewareHandler = async (ctx, next) => {
    const query = ctx.query as Record<string, unknown>;
    if (ctx.params?.model !== ARTICLE_UID || query.stage === undefined) return next();
    const stage = Array.isArray(query.stage) ? String(query.stage[0]) : String(query.stage);
    const documentIds = await getService(strapi, 'stageList').documentIdsIn(stage);
    // An empty list must still match nothing, not drop the filter.
    const inStage = { documentId: { $in: documentIds.length > 0 ? documentIds : [''] } };
    delete query.stage;
    query.filters = query.filters ? { $and: [query.filters, inStage] } : { $and: [inStage] };
    return next();
  };
  const groups = (strapi.plugin('content-manager')?.routes ?? {}) as unknown as Record<string, { routes?: Route[] }>;
  for (const route of Object.values(groups).flatMap((group) => group.routes ?? [])) {
    if (route.method !== 'GET' || route.path !== LIST_PATH) continue;
    route.config = { ...route.config, middlewares: [filter, ...(route.config?.middlewares ?? [])] };
  }
}
