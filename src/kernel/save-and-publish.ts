import type { Core, UID } from '@strapi/strapi';
import { handingOn } from './current-save';
import type { DocumentContext } from './document-middleware';
import type { Memo } from './pipeline';

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
export async function saveThenPublish(
  strapi: Core.Strapi,
  ctx: DocumentContext,
  save: (write: Next) => Promise<unknown>,
  next: Next,
  memo: Memo,
): Promise<unknown> {
  const { params } = ctx;
  params.status = 'draft';
  const draft = (await save(next)) as { documentId?: string } | null;
  const documentId = draft?.documentId;
  if (!documentId) return draft;
  const documents = strapi.documents(ctx.uid as UID.ContentType);
  // One save to the caller: the publish reads what the draft save just wrote (the body's marks) from its memo.
  await handingOn(ctx.uid, documentId, memo, () => documents.publish({ documentId, locale: params.locale }));
  return documents.findOne({
    documentId,
    status: 'published',
    locale: params.locale,
    fields: params.fields,
    populate: params.populate,
  } as Parameters<typeof documents.findOne>[0]);
}
