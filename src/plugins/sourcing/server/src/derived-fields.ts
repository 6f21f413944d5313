import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, FACT_CHECK_UID } from './constants';

/** Relations the plugin derives from the text on every save: an editor's change there would be overwritten. */
const DERIVED_FIELDS: Record<string, string[]> = {
  [ARTICLE_UID]: ['highlights', 'sources'],
  [FACT_CHECK_UID]: ['sources'],
};

type EditMetadatas = Record<string, { edit?: Record<string, unknown> }>;
interface ConfigurableSchema {
  config?: { metadatas?: EditMetadatas };
}

/** Shows the derived relations read-only in the edit view by default (an admin may still change the view). */
export function showDerivedFieldsReadOnly(strapi: Core.Strapi): void {
  for (const [uid, fields] of Object.entries(DERIVED_FIELDS)) {
    const schema = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as ConfigurableSchema;
    const metadatas: EditMetadatas = { ...schema.config?.metadatas };
    for (const field of fields) metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field]?.edit, editable: false } };
    schema.config = { ...schema.config, metadatas };
  }
}
