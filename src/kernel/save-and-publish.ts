import type { Core, UID } from '@strapi/strapi';
import type { DocumentContext } from './document-middleware';

type Next = () => Promise<unknown>;

/** REST `create`/`update` with `status=published` saves and publishes in one document-service call. */
export function publishesOnSave({ action, params }: DocumentContext): boolean {
  return (action === 'create' || action === 'update') && params.status === 'published';
}

/**
 * Such a call runs no `publish` action, so it would skip every publish gate. It becomes a draft save (the pipeline's
 * save steps) followed by a real `publish` (its gates and publish steps), in the caller's transaction, so a refusal
 * rolls the draft save back too. The caller still gets the published document.
 */
export async function saveThenPublish(strapi: Core.Strapi, ctx: DocumentContext, save: (write: Next) => Promise<unknown>, next: Next): Promise<unknown> {
  const { params } = ctx;
  params.status = 'draft';
  const draft = (await save(next)) as { documentId?: string } | null;
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
}
