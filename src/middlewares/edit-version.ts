import type { Core } from '@strapi/strapi';
import { fieldError } from '#kernel/errors';
import { CONFLICT_STATUS, EditConflictError } from '../guards/edit-conflict-error';
import { parseVersion, saveTarget } from '../guards/edit-version';
import type { ExpectedVersion } from '../guards/edit-version-step';

function uidOf(strapi: Core.Strapi, pluralName: string): string | undefined {
  return Object.entries(strapi.contentTypes).find(([uid, type]) => uid.startsWith('api::') && type.info.pluralName === pluralName)?.[0];
}

/**
 * Takes the `updatedAt` a save carries out of its body (Strapi refuses it as a field), for the document middleware
 * that compares it with the stored one, and answers that middleware's conflict with 409.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx, next) => {
    const target = saveTarget(ctx.method, ctx.path);
    const body = ctx.request.body as Record<string, unknown> | undefined;
    const holder = target?.api === 'content-api' ? body?.data : body;
    if (target && holder && typeof holder === 'object' && 'updatedAt' in holder) {
      const fields = holder as Record<string, unknown>;
      const uid = target.api === 'content-api' ? uidOf(strapi, target.pluralName) : target.uid;
      const at = parseVersion(fields.updatedAt);
      if (!at) throw fieldError('updatedAt', 'updatedAt must be the ISO timestamp the document was read with, such as 2026-11-30T09:15:00.000Z.');
      delete fields.updatedAt;
      if (uid) ctx.state.expectedVersion = { uid, documentId: target.documentId, at } satisfies ExpectedVersion;
    }
    try {
      await next();
    } catch (error) {
      if (!(error instanceof EditConflictError)) throw error;
      ctx.status = CONFLICT_STATUS;
      ctx.body = { data: null, error: { status: CONFLICT_STATUS, name: error.name, message: error.message, details: error.details } };
    }
  };
