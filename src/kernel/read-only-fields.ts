import type { Core } from '@strapi/strapi';

type EditMetadatas = Record<string, { edit?: Record<string, unknown> }>;

interface ConfigurableSchema {
  config?: { metadatas?: EditMetadatas };
}

/**
 * Shows fields read-only in the content type's edit view by default, for values a plugin derives on save (an editor's
 * change there would be overwritten). An admin may still change the view. Call in `register`, before the Content
 * Manager builds its default views.
 */
export function showReadOnly(strapi: Core.Strapi, uid: string, fields: readonly string[]): void {
  const schema = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as ConfigurableSchema;
  const metadatas: EditMetadatas = { ...schema.config?.metadatas };
  for (const field of fields) metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field]?.edit, editable: false } };
  schema.config = { ...schema.config, metadatas };
}
