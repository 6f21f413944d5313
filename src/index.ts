import type { Core } from '@strapi/strapi';
import { ensureNewsroomRoles } from './bootstrap/admin-roles';
import { ensureReaderPermissions } from './bootstrap/content-api-permissions';
import { slugMiddleware } from './slugs/slug-middleware';
import { useDocumentMiddleware } from './utils/document-middleware';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    useDocumentMiddleware(strapi.documents, slugMiddleware(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureNewsroomRoles(strapi);
    await ensureReaderPermissions(strapi);
  },
};
