import type { Core } from '@strapi/strapi';
import { findingsError } from '#kernel/errors';
import type { Finding } from '#domain/finding';
import { relationCapMessage, relationsOverCap, type RelationAttribute } from '#domain/relation-caps';
import { listCapMessage, listsOverCap, type CappedAttribute } from '../guards/list-caps';
import { saveTargets } from '#kernel/save-target';

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
  const saveOf = saveTargets(strapi);
  return async (ctx, next) => {
    const save = saveOf(ctx);
    const uid = save?.uid;
    if (save && uid && save.data && typeof save.data === 'object' && !Array.isArray(save.data)) {
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
