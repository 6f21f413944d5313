import type { Core } from '@strapi/strapi';
import { savesInProgress } from '#kernel/current-save';
import { PUBLIC_ACCESS_TAG, writeTags } from './domain/dependency-tags';
import { touchesOnlyDrafts } from './domain/draft-writes';
import { SUBJECT_UIDS, WATCHED_UIDS } from './constants';
import { getService } from './utils';
import { noteSearchWrite } from './search/watch';

interface LifecycleEvent {
  action: string;
  model: { uid: string; attributes: Record<string, { type?: string; target?: string }> };
  params?: { where?: Record<string, unknown>; data?: unknown };
  result?: unknown;
  state: { documentIds?: string[]; rows?: unknown[] };
}

// Roles and their permissions (Settings → Roles): what the public may read decides the core find lists' answers.
const ACCESS_UIDS = new Set(['plugin::users-permissions.permission', 'plugin::users-permissions.role']);

const SINGLE = new Set(['afterCreate', 'afterUpdate', 'afterDelete']);
const BULK = new Set(['afterCreateMany', 'afterUpdateMany', 'afterDeleteMany']);
const BEFORE_BULK = new Set(['beforeUpdateMany', 'beforeDeleteMany']);

// While an article or fact check is being saved, the highlights and sources its pipeline writes on the way point at it,
// and its own tag already covers them.
const insideSubjectSave = (): boolean => savesInProgress().some((uid) => SUBJECT_UIDS.includes(uid));

function documentIdOf(value: unknown): string | null {
  const candidate = (value as { documentId?: unknown } | null)?.documentId;
  if (typeof candidate === 'string') return candidate;
  const eq = (candidate as { $eq?: unknown } | null)?.$eq;
  return typeof eq === 'string' ? eq : null;
}

/** The documents a bulk write's condition names: one documentId, or a list of them (`$in`). */
function documentIdsOf(where: unknown): string[] | null {
  const named = documentIdOf(where);
  if (named) return [named];
  const list = ((where as { documentId?: unknown } | null)?.documentId as { $in?: unknown } | null)?.$in;
  return Array.isArray(list) && list.every((id): id is string => typeof id === 'string') ? list : null;
}

/** The article and fact-check relations a write sets from the other side (a highlight's article, a kicker's articles). */
function relinkedSubjects(event: LifecycleEvent): string[] {
  const data = event.params?.data;
  if (!data || typeof data !== 'object' || insideSubjectSave()) return [];
  const rows = (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
  const targets = new Set<string>();
  for (const [name, attribute] of Object.entries(event.model.attributes)) {
    if (attribute.type !== 'relation' || !attribute.target || !SUBJECT_UIDS.includes(attribute.target)) continue;
    if (rows.some((row) => row[name] !== undefined)) targets.add(attribute.target);
  }
  return [...targets];
}

/** The rows a write reports: a single write's result, a bulk create's data, or what a bulk write matched before it ran. */
function writtenRows(event: LifecycleEvent): readonly unknown[] | null {
  if (SINGLE.has(event.action)) return event.result ? [event.result] : null;
  if (event.action === 'afterCreateMany' && Array.isArray(event.params?.data)) return event.params.data as unknown[];
  return event.state.rows ?? null;
}

function writtenDocuments(event: LifecycleEvent): string[] | null {
  if (SINGLE.has(event.action)) {
    const documentId = documentIdOf(event.result);
    return documentId ? [documentId] : null;
  }
  const named = documentIdsOf(event.params?.where);
  if (named) return named;
  const rows = event.params?.data;
  if (event.action === 'afterCreateMany' && Array.isArray(rows)) {
    const ids = rows.map(documentIdOf);
    return ids.every((id): id is string => id !== null) ? ids : null;
  }
  return event.state.documentIds ?? null;
}

/**
 * Watches every database write to the types delivery serves, whatever path it took (document service, an editorial
 * bulk re-point, the importer), and drops the cached responses it touches: at once, and again when its transaction
 * commits, when the other instances are told. A write to drafts only drops nothing: no public answer shows a draft.
 */
export function watchWrites(strapi: Core.Strapi): void {
  const watched = new Set(WATCHED_UIDS);
  const byTransaction = new WeakMap<object, Set<string>>();

  async function record(tags: string[]): Promise<void> {
    const cache = getService(strapi, 'cache');
    cache.writing(tags);
    if (!strapi.db.inTransaction()) return cache.committed(tags);
    await strapi.db.transaction(async ({ trx, onCommit }) => {
      let collected = byTransaction.get(trx);
      if (!collected) {
        const batch = new Set<string>();
        byTransaction.set(trx, batch);
        onCommit(() => cache.committed([...batch]));
        collected = batch;
      }
      for (const tag of tags) collected.add(tag);
    });
  }

  const draftAndPublish = (uid: string): boolean =>
    (strapi.getModel(uid as never) as { options?: { draftAndPublish?: boolean } } | undefined)?.options?.draftAndPublish === true;

  strapi.db.lifecycles.subscribe(async (untyped) => {
    const event = untyped as unknown as LifecycleEvent;
    if (ACCESS_UIDS.has(event.model.uid) && (SINGLE.has(event.action) || BULK.has(event.action))) return record([PUBLIC_ACCESS_TAG]);
    if (!watched.has(event.model.uid)) return;
    const where = event.params?.where;
    const drafts = draftAndPublish(event.model.uid);
    if (BEFORE_BULK.has(event.action)) {
      // Nothing to look up when the condition names its documents on a type without drafts, or names drafts only (a
      // save's own version claim and derived writes, on every save).
      if ((documentIdsOf(where) && !drafts) || touchesOnlyDrafts({ draftAndPublish: drafts, rows: null, where })) return;
      // Name the documents a bulk write by some other condition touches, and whether they are drafts, before they change or go.
      const select = drafts ? ['documentId', 'publishedAt'] : ['documentId'];
      const rows = (await strapi.db.query(event.model.uid as never).findMany({ where, select })) as { documentId: string }[];
      event.state.rows = rows;
      event.state.documentIds = [...new Set(rows.map((row) => row.documentId))];
      return;
    }
    if (!SINGLE.has(event.action) && !BULK.has(event.action)) return;
    if (touchesOnlyDrafts({ draftAndPublish: drafts, rows: writtenRows(event), where, data: event.params?.data })) return;
    const documentIds = writtenDocuments(event);
    await record(writeTags({ uid: event.model.uid, documentIds, relinked: relinkedSubjects(event) }));
    await noteSearchWrite(strapi, event.model.uid, documentIds);
  });
}
