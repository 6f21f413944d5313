import type { Core } from '@strapi/strapi';
import { fieldError } from '#kernel/errors';
import { inverseRelationsSent, unwritableSent, type DeclaredAttribute } from '../guards/unwritable-fields';
import { saveTargets } from '#kernel/save-target';

type Attributes = Record<string, DeclaredAttribute>;

/**
 * A save carrying what it may not write is a 400 on that field: a field the CMS keeps itself (the article's stage) in
 * a Content Manager save, and, through the Content API and the Content Manager alike, a relation changed from its
 * inverse side (see inverseRelationsSent).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const saveOf = saveTargets(strapi);
  return async (ctx, next) => {
    const save = saveOf(ctx);
    const type = save ? strapi.contentTypes[save.uid as keyof typeof strapi.contentTypes] : undefined;
    if (save && type) {
      const attributes = type.attributes as Attributes;
      const [sent] = [...(save.api === 'content-manager' ? unwritableSent(save.data, attributes) : []), ...inverseRelationsSent(save.data, attributes)];
      if (sent) throw fieldError(sent.field, sent.message);
    }
    await next();
  };
};
