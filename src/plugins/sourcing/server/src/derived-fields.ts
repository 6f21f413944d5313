import type { Core } from '@strapi/strapi';
import { showReadOnly } from '#kernel/read-only-fields';
import { ARTICLE_UID, FACT_CHECK_UID } from './constants';

/** Relations the plugin derives from the text on every save: an editor's change there would be overwritten. */
const DERIVED_FIELDS: Record<string, string[]> = {
  [ARTICLE_UID]: ['highlights', 'sources'],
  [FACT_CHECK_UID]: ['sources'],
};

/** Shows the derived relations read-only in the edit view by default (an admin may still change the view). */
export function showDerivedFieldsReadOnly(strapi: Core.Strapi): void {
  for (const [uid, fields] of Object.entries(DERIVED_FIELDS)) showReadOnly(strapi, uid, fields);
}
