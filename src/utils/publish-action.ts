import type { Core, UID } from '@strapi/strapi';
import type { DocumentMiddleware } from './document-middleware';

/**
 * REST `create`/`update` with `status=published` saves and publishes inside one document-service call, which runs no
 * `publish` middleware. For the given content types this turns such a call into a draft save followed by a real
 * `publish`, in one transaction, so every publish gate lives in one place (the `publish` action) and a refusal rolls the
 * draft save back too. The caller still gets the published document.
 */
export function publishThroughPublishAction(strapi: Core.Strapi, uids: readonly UID.ContentType[]): DocumentMiddleware {
  return async (ctx, next) => {
    const { params } = ctx;
    const saves = ctx.action === 'create' || ctx.action === 'update';
    if (!saves || params.status !== 'published' || !uids.includes(ctx.uid as UID.ContentType)) return next();
    return strapi.db.transaction(async () => {
      params.status = 'draft';
      const draft = (await next()) as { documentId?: string } | null;
      if (!draft?.documentId) return draft;
      const documents = strapi.documents(ctx.uid as UID.ContentType);
      await documents.publish({ documentId: draft.documentId, locale: params.locale });
      return documents.findOne({
        documentId: draft.documentId,
        status: 'published',
        locale: params.locale,
        fields: params.fields,
        populate: params.populate,
      } as Parameters<typeof documents.findOne>[0]);
    });
  };
}
