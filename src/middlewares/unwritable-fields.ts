import type { Core } from '@strapi/strapi';
import { fieldError } from '#kernel/errors';
import { contentManagerWriteUid, unwritableSent, type DeclaredAttribute } from '../guards/unwritable-fields';

/** A Content Manager save carrying a field the CMS keeps itself (the article's stage) is a 400 on that field. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx, next) => {
    const uid = contentManagerWriteUid(ctx.method, ctx.path);
    const type = uid ? strapi.contentTypes[uid as keyof typeof strapi.contentTypes] : undefined;
    if (type) {
      const [sent] = unwritableSent(ctx.request.body, type.attributes as Record<string, DeclaredAttribute>);
      if (sent) throw fieldError(sent.field, sent.message);
    }
    await next();
  };
