import type { Core } from '@strapi/strapi';

type EditMetadatas = Record<string, { edit?: Record<string, unknown> }>;

interface ConfigurableSchema {
  config?: { metadatas?: EditMetadatas };
}

/**
 * Shows fields read-only in the content type's (or component's) edit view by default, for values a plugin derives on save (an editor's
 * change there would be overwritten). An admin may still change the view. Call in `register`, before the Content
 * Manager builds its default views.
 */
export function showReadOnly(strapi: Core.Strapi, uid: string, fields: readonly string[]): void {
  // A component's fields too (`editorial.correction`): the Content Manager builds its views the same way.
  const schema = (strapi.contentTypes[uid as keyof typeof strapi.contentTypes] ??
    strapi.components[uid as keyof typeof strapi.components]) as unknown as ConfigurableSchema;
  const metadatas: EditMetadatas = { ...schema.config?.metadatas };
  for (const field of fields) metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field]?.edit, editable: false } };
  schema.config = { ...schema.config, metadatas };
}

/**
 * Relations seen from their inverse side (a kicker's, category's or author's articles, a source's citing documents)
 * are shown read-only: they are changed on the documents that hold them, and a save changing them here is refused
 * (src/guards/unwritable-fields.ts).
 */
export function showInverseRelationsReadOnly(strapi: Core.Strapi): void {
  for (const [uid, type] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith('api::')) continue;
    const attributes = type.attributes as Record<string, { type: string; mappedBy?: string }>;
    const inverse = Object.keys(attributes).filter((name) => attributes[name].type === 'relation' && attributes[name].mappedBy);
    if (inverse.length > 0) showReadOnly(strapi, uid, inverse);
  }
}
