import { errors } from '@strapi/utils';
import { conflictMessage, type Conflict } from './edit-version';

export const CONFLICT_STATUS = 409;

/** A save made from a stale copy; the edit-version middleware answers it with 409 Conflict. */
export class EditConflictError extends errors.ApplicationError<'ConflictError', string, Record<string, unknown>> {
  constructor(conflict: Conflict & { documentId: string }) {
    super(conflictMessage(conflict), {
      documentId: conflict.documentId,
      yourVersion: conflict.yourVersion.toISOString(),
      currentVersion: conflict.currentVersion?.toISOString() ?? null,
      changedBy: conflict.changedBy ?? null,
    });
    this.name = 'ConflictError';
  }
}
