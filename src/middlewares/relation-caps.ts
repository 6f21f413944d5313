import type { Core } from '@strapi/strapi';
import { findingsError } from '#kernel/errors';
import { relationCapMessage, relationsOverCap, type RelationAttribute } from '#domain/relation-caps';
import { saveRequest } from '../guards/save-request';

type Attributes = Record<string, RelationAttribute>;

/**
 * A save naming more related documents in one relation list than its cap (`src/domain/relation-caps.ts`) is a 400 on
 * that field, before Strapi's sanitizers, validators and document service resolve and order every one of them.
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
      const over = relationsOverCap(uid, save.data as Record<string, unknown>, attributesOf);
      if (over.length > 0) throw findingsError(over.map((list) => ({ code: 'relation-over-cap', path: list.path, message: relationCapMessage(list) })));
    }
    await next();
  };
};
