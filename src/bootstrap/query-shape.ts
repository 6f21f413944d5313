import type { Core } from '@strapi/strapi';
import { assertQueryShape } from '#kernel/query-shape';

type QueryReader = (query: Record<string, unknown>, schema: unknown, options?: unknown) => Promise<unknown>;

interface Route {
  path: string;
  config?: { middlewares?: unknown[] };
}

// The Content Manager's list view filters on a document's status (`__status`) and sorts by it, besides attributes, and
// pages with top-level `page` and `pageSize`.
const CONTENT_MANAGER_QUERIES = { extraFilterKeys: ['__status'], extraSortFields: ['status'], topLevelPages: true };
const CONTENT_MANAGER_DOCUMENTS = /^\/(?:collection-types|single-types)\/:model(?:\/|$)/;

/**
 * Every Content API query is checked for shape (src/domain/query-shape.ts) before Strapi reads it: where the Content
 * API validates and sanitizes queries, which every controller that takes `filters`, `fields`, `sort` or `populate`
 * from a caller calls (the core controllers, the kicker controller, the users-permissions and upload routes). Both are
 * wrapped, so a controller that only sanitizes is held to it too. After authentication, so a caller who may not read
 * a type learns nothing about its fields.
 */
export function refuseMalformedContentApiQueries(strapi: Core.Strapi): void {
  const contentApi = strapi.contentAPI as unknown as { validate: { query: QueryReader }; sanitize: { query: QueryReader } };
  for (const reader of [contentApi.validate, contentApi.sanitize]) {
    const read = reader.query;
    reader.query = async (query, schema, options) => {
      assertQueryShape(strapi, query, schema, { hidePrivate: true });
      return read(query, schema, options);
    };
  }
}

/**
 * The Content Manager's document routes (`/content-manager/collection-types/:model…`) check their query's shape as a
 * route middleware: after the admin's authentication and permission policies, before its controllers read the query.
 */
export function refuseMalformedContentManagerQueries(strapi: Core.Strapi): void {
  const check: Core.MiddlewareHandler = async (ctx, next) => {
    const model = typeof ctx.params?.model === 'string' ? strapi.getModel(ctx.params.model as never) : undefined;
    if (model) assertQueryShape(strapi, ctx.query, model, CONTENT_MANAGER_QUERIES);
    await next();
  };
  const groups = (strapi.plugin('content-manager')?.routes ?? {}) as unknown as Record<string, { routes?: Route[] }>;
  for (const route of Object.values(groups).flatMap((group) => group.routes ?? [])) {
    if (!CONTENT_MANAGER_DOCUMENTS.test(route.path)) continue;
    route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), check] };
  }
}
