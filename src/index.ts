import type { Core } from '@strapi/strapi';
import { surviveDatabaseOutages } from './bootstrap/database-outage';
import { ensureNewsroomAccess } from './bootstrap/newsroom-access';
import { editVersionMiddleware } from './guards/edit-version-middleware';
import { plainTextMiddleware } from './guards/plain-text-middleware';
import { slugMiddleware } from './slugs/slug-middleware';
import { useDocumentMiddleware } from './utils/document-middleware';
import { configWithFieldDescriptions, type DescribedSchema } from './utils/field-descriptions';

/** Schema descriptions become the admin panel's field help, before the Content Manager builds its default views. */
function showFieldDescriptions(strapi: Core.Strapi): void {
  const schemas = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as unknown as DescribedSchema[];
  for (const schema of schemas) schema.config = configWithFieldDescriptions(schema);
}

let stopSurvivingOutages: (() => void) | undefined;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    stopSurvivingOutages = surviveDatabaseOutages(strapi);
    useDocumentMiddleware(strapi.documents, editVersionMiddleware(strapi));
    useDocumentMiddleware(strapi.documents, plainTextMiddleware(strapi));
    useDocumentMiddleware(strapi.documents, slugMiddleware(strapi));
    showFieldDescriptions(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureNewsroomAccess(strapi);
  },

  destroy() {
    stopSurvivingOutages?.();
  },
};
