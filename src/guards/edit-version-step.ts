import type { Core } from '@strapi/strapi';
import type { Save, Step } from '#kernel/pipeline';
import { EditConflictError } from './edit-conflict-error';

/** What the edit-version request middleware found in a save: the document and the version the client read. */
export interface ExpectedVersion {
  uid: string;
  documentId: string;
  at: Date;
}

type Uid = Parameters<Core.Strapi['getModel']>[0];

interface EditorRow {
  updatedAt?: string | Date;
  updatedBy?: { firstname?: string | null; lastname?: string | null } | null;
}

function editorName(row: EditorRow | null): string | undefined {
  const name = [row?.updatedBy?.firstname, row?.updatedBy?.lastname].filter(Boolean).join(' ');
  return name || undefined;
}

async function claimVersion({ strapi, uid: saved, documentId }: Save): Promise<void> {
  const state = strapi.requestContext.get()?.state as { expectedVersion?: ExpectedVersion } | undefined;
  const expected = state?.expectedVersion;
  if (!expected || expected.uid !== saved || expected.documentId !== documentId) return;
  // Only the editor's own save is checked; the saves the app makes while handling it are not theirs.
  state.expectedVersion = undefined;
  const uid = saved as Uid;
  const model = strapi.getModel(uid);
  const where = { documentId: expected.documentId, ...(model.options?.draftAndPublish ? { publishedAt: null } : {}) };
  const claimed = await strapi.db.query(uid).updateMany({ where: { ...where, updatedAt: expected.at }, data: { updatedAt: new Date() } });
  if (claimed.count > 0) return;
  const current = (await strapi.db
    .query(uid)
    .findOne({ where, select: ['updatedAt'], populate: { updatedBy: { select: ['firstname', 'lastname'] } } })) as EditorRow | null;
  throw new EditConflictError({
    noun: ('singularName' in model.info ? model.info.singularName : 'document').replace(/-/g, ' '),
    documentId: expected.documentId,
    yourVersion: expected.at,
    currentVersion: current?.updatedAt ? new Date(current.updatedAt) : undefined,
    changedBy: editorName(current),
  });
}

/**
 * Compares the version a save was made from with the stored one, in the save's own transaction: the stored version is
 * claimed (moved on) only if it still matches, so of two saves from the same copy exactly one goes through, on any
 * instance, and a save refused later in its pipeline rolls the claim back.
 */
export const editVersion: Step = { name: 'edit version', owner: 'app', actions: ['update'], run: claimVersion };
