import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from '#domain/database-unavailable';

/**
 * Strapi emits a document's entry events (for webhooks) once its transaction commits, re-reading the entry without
 * awaiting or catching that read: should the database go away in between, the rejection is unhandled and Node ends the
 * process, taking every other request with it. A database outage must cost requests, not the process, so such a
 * rejection is logged; any other unhandled rejection still ends the process, as Node's default does. Answers the undo.
 */
export function surviveDatabaseOutages(strapi: Core.Strapi): () => void {
  const onRejection = (reason: unknown) => {
    if (!isDatabaseUnavailable(reason)) throw reason;
    strapi.log.warn(`A background database task failed while the database was unreachable: ${reason instanceof Error ? reason.message : String(reason)}`);
  };
  process.on('unhandledRejection', onRejection);
  return () => process.off('unhandledRejection', onRejection);
}
