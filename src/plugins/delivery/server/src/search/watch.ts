import type { Core } from '@strapi/strapi';
import { useDocumentMiddleware } from '#kernel/document-middleware';
import type { Written } from '../services/search';
import { getService } from '../utils';
import { SEARCHED_UIDS } from './index-sync';

const byTransaction = new WeakMap<object, Written>();

function add(written: Written, uid: string, documentIds: readonly string[] | null): void {
  const known = written.get(uid);
  if (documentIds === null || known === null) written.set(uid, null);
  else written.set(uid, new Set([...(known ?? []), ...documentIds]));
}

/**
 * A write to an article or fact check (write-watch sees them all, whatever path they took): the index re-reads those
 * documents once their transaction commits, once per transaction however many rows it wrote.
 */
export async function noteSearchWrite(strapi: Core.Strapi, uid: string, documentIds: readonly string[] | null): Promise<void> {
  if (!SEARCHED_UIDS.includes(uid)) return;
  const search = getService(strapi, 'search');
  if (!strapi.db.inTransaction()) {
    const written: Written = new Map();
    add(written, uid, documentIds);
    return search.committed(written);
  }
  await strapi.db.transaction(async ({ trx, onCommit }) => {
    let written = byTransaction.get(trx);
    if (!written) {
      const batch: Written = new Map();
      byTransaction.set(trx, batch);
      onCommit(() => search.committed(batch));
      written = batch;
    }
    add(written, uid, documentIds);
  });
}

/**
 * A document-service write to an article or fact check returns once the index has followed it, so the editor's
 * response (and the next search on any instance) comes after the index changed. Registered first, it runs outermost,
 * after the save's own transaction committed. `cache.settled()` waits for the index too, for writes made in a caller's
 * transaction (which this skips); this one does the waiting inside the save's write turn, so the index's work takes
 * turns with the saves rather than running beside them (without it the soak's memory grew past its bound).
 */
export function awaitSearchIndex(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi.documents, async (ctx, next) => {
    const result = await next();
    if (SEARCHED_UIDS.includes(ctx.uid) && !strapi.db.inTransaction()) await getService(strapi, 'search').settled();
    return result;
  });
}
