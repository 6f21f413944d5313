import type { Core } from '@strapi/strapi';
import { surviveDatabaseOutages } from './bootstrap/database-outage';
import { ensureNewsroomAccess } from './bootstrap/newsroom-access';
import { keepPluginFieldsWithoutTheirPlugin } from './bootstrap/plugin-fields';
import { limitSignIns } from './bootstrap/sign-in-limit';
import { withdrawMarketplace } from './bootstrap/marketplace';
import type { AttemptStore } from '#kernel/sign-in-attempts';
import { keepDraftsFromReaderQueries } from './bootstrap/reader-queries';
import { refuseMalformedContentApiQueries, refuseMalformedContentManagerQueries } from './bootstrap/query-shape';
import { useDocumentMiddleware } from '#kernel/document-middleware';
import { pipelineMiddleware } from '#kernel/run-pipeline';
import { checkPublishingWith } from '#kernel/publish-check';
import { PIPELINES, otherTypesPipeline } from './pipelines';
import { configWithFieldDescriptions, type DescribedSchema } from '#domain/field-descriptions';
import { showInverseRelationsReadOnly } from '#kernel/read-only-fields';
import { applyNewsroomViews } from './bootstrap/content-manager-views';

/** Schema descriptions become the admin panel's field help, before the Content Manager builds its default views. */
function showFieldDescriptions(strapi: Core.Strapi): void {
  const schemas = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as unknown as DescribedSchema[];
  for (const schema of schemas) schema.config = configWithFieldDescriptions(schema);
}

let stopSurvivingOutages: (() => void) | undefined;
let signInCounts: AttemptStore | undefined;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    stopSurvivingOutages = surviveDatabaseOutages(strapi);
    // The one document-service middleware: each newsroom type's save runs its pipeline (src/pipelines), plugins'
    // steps included, in the order that file lists.
    useDocumentMiddleware(strapi.documents, pipelineMiddleware(strapi, PIPELINES, otherTypesPipeline));
    // The same gates answer the admin panel's "would publishing this be refused?" (kernel/publish-check).
    checkPublishingWith(PIPELINES);
    // The read side's rule is not a document middleware: a reader's filters, sorts and populates are narrowed to
    // published rows (and approved kickers) where the Content API reads them, for every route (bootstrap/reader-queries).
    keepDraftsFromReaderQueries(strapi);
    // Before it, and on the Content Manager's routes: a query Strapi could not run as asked is a 400 naming the
    // parameter, never a 500 (bootstrap/query-shape).
    refuseMalformedContentApiQueries(strapi);
    refuseMalformedContentManagerQueries(strapi);
    keepPluginFieldsWithoutTheirPlugin(strapi);
    showFieldDescriptions(strapi);
    showInverseRelationsReadOnly(strapi);
    // One sign-in limit on /admin/login and /api/auth/local, counted in the database, or in Redis with REDIS_URL (SECURITY.md).
    signInCounts = limitSignIns(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Before the server takes requests: the counts' table made, or Redis tried once.
    await signInCounts?.prepare();
    await ensureNewsroomAccess(strapi);
    // Offline: no Marketplace link in the admin panel (bootstrap/marketplace.ts).
    await withdrawMarketplace(strapi);
    // The editors' edit and list views (src/views), once per layout version so an admin's own changes stay.
    await applyNewsroomViews(strapi);
  },

  async destroy() {
    stopSurvivingOutages?.();
    await signInCounts?.close();
  },
};
