import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { fieldError } from '../../../../../utils/errors';
import { KICKER_UID } from '../constants';
import { normalizeKickerLabel } from '../domain/kicker-label';
import { KICKER_MESSAGES, isKickerState, kickerMoveAllowed } from '../domain/kicker-state';
import { editorialConfig, getService } from '../utils';

/** A kicker's state changes along the state table only, however it is edited (admin form, REST, the Kickers page). */
async function checkStateMove(strapi: Core.Strapi, documentId: string | undefined, state: unknown): Promise<void> {
  if (state === undefined) return;
  if (!isKickerState(state)) throw fieldError('state', 'A kicker is proposed, approved or retired.');
  const current = documentId ? await getService(strapi, 'kickers').byDocumentId(documentId) : null;
  if (current && current.state !== state && !kickerMoveAllowed(current.state, state)) {
    throw fieldError('state', KICKER_MESSAGES.noSuchMove(current.state, state));
  }
}

/**
 * On every kicker save: tidy the label, refuse one over the hard limit, derive the slug from it, keep the state on its
 * table, and, when the label changed, give every article under the kicker the new label.
 */
export function kickerLabelMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    const data = ctx.params.data;
    if (ctx.uid !== KICKER_UID || (ctx.action !== 'create' && ctx.action !== 'update') || !data) return next();
    if (ctx.action === 'update') await checkStateMove(strapi, ctx.params.documentId, data.state);
    if (typeof data.label !== 'string') return next();
    const result = normalizeKickerLabel(data.label, editorialConfig(strapi).kickerHardLimit);
    if (!result.ok) throw fieldError('label', result.message);
    data.label = result.label;
    data.slug = result.slug;
    const saved = (await next()) as { documentId?: string } | null;
    if (ctx.action === 'update' && saved?.documentId) await getService(strapi, 'kickers').relabelArticles(saved.documentId);
    return saved;
  };
}
