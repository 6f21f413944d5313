import type { Core } from '@strapi/strapi';
import { findingsError } from '#kernel/errors';
import type { Finding } from '#domain/finding';
import { relationCapMessage, relationsOverCap, type RelationAttribute } from '#domain/relation-caps';
import { listCapMessage, listsOverCap, type CappedAttribute } from '../guards/list-caps';
import { saveRequest } from '../guards/save-request';

type Attributes = Record<string, RelationAttribute & CappedAttribute>;

/**
 * A save sending a list longer than its cap is a 400 on that field before Strapi's sanitizers, validators and document
 * service walk it: a repeatable component over its schema's `max` (5,000 related questions were validated item by item
 * first), and a relation list over its cap (`src/domain/relation-caps.ts`), which Strapi would resolve and order.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const attributesOf = (uid: string): Attributes | undefined =>
    (strapi.contentTypes[uid as keyof typeof strapi.contentTypes] ?? strapi.components[uid as keyof typeof strapi.components])?.attributes as
      Attributes | undefined;
  const uidOf = (pluralName: string): string | undefined =>
    Object.entries(strapi.contentTypes).find(([uid, type]) => uid.startsWith('api::') && type.info.pluralName === pluralName)?.[0];
  return async (ctx, next) => {
    const save = saveRequest(ctx.method, ctx.path, ctx.request.body);
    const uid = save && (save.api === 'content-api' ? uidOf(save.pluralName) : save.uid);
    if (uid && save.data && typeof save.data === 'object' && !Array.isArray(save.data)) {
      const data = save.data as Record<string, unknown>;
      const findings: Finding[] = [
        ...listsOverCap(data, attributesOf(uid) ?? {}).map((list) => ({ code: 'list-over-cap', path: [list.field], message: listCapMessage(list) })),
        ...relationsOverCap(uid, data, attributesOf).map((list) => ({ code: 'relation-over-cap', path: list.path, message: relationCapMessage(list) })),
      ];
      if (findings.length > 0) throw findingsError(findings);
    }
    await next();
  };
};
