import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { countArticlesUnder } from '../../../../../utils/article-counts';
import { fieldError } from '../../../../../utils/errors';
import { CATEGORY_UID, KICKER_UID, MESSAGES } from '../constants';
import { getService } from '../utils';

const GUARDED: Record<string, { relation: 'category' | 'kicker'; label: 'name' | 'label'; message: (name: string, count: number) => string }> = {
  [CATEGORY_UID]: { relation: 'category', label: 'name', message: MESSAGES.categoryInUse },
  [KICKER_UID]: { relation: 'kicker', label: 'label', message: MESSAGES.kickerInUse },
};

/**
 * A category or kicker that still has articles is never deleted, which would leave them orphaned: the editor is told to
 * merge or reassign instead. A deleted category takes its section-editor assignments with it.
 */
export function inUseGuardMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    const guarded = GUARDED[ctx.uid];
    const documentId = ctx.params.documentId;
    if (!guarded || ctx.action !== 'delete' || !documentId) return next();
    const row = (await strapi.db.query(ctx.uid as typeof CATEGORY_UID).findOne({ where: { documentId } })) as Record<string, unknown> | null;
    if (row) {
      const count = await countArticlesUnder(strapi, guarded.relation, Number(row.id));
      if (count > 0) throw fieldError('articles', guarded.message(String(row[guarded.label]), count));
    }
    const result = await next();
    if (ctx.uid === CATEGORY_UID) await getService(strapi, 'categories').forgetSection(documentId);
    return result;
  };
}
