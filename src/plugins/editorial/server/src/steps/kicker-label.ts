import type { Core } from '@strapi/strapi';
import { fieldError } from '#kernel/errors';
import type { Step } from '#kernel/pipeline';
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

export const kickerStateMove: Step = {
  name: 'kicker state',
  owner: 'editorial',
  actions: ['update'],
  run: ({ strapi, data, documentId }) => checkStateMove(strapi, documentId, data?.state),
};

/** The label tidied and refused over the hard limit; the slug is made from it (the slug guard then keeps it unique). */
export const kickerLabelTidy: Step = {
  name: 'kicker label',
  owner: 'editorial',
  run({ strapi, data }) {
    if (typeof data?.label !== 'string') return;
    const result = normalizeKickerLabel(data.label, editorialConfig(strapi).kickerHardLimit);
    if (!result.ok) throw fieldError('label', result.message);
    data.label = result.label;
    data.slug = result.slug;
  },
};

/** When a kicker's label changed, every article under it shows the new label. */
export const articlesFollowLabel: Step = {
  name: 'articles follow the label',
  owner: 'editorial',
  actions: ['update'],
  async run({ strapi, data, documentId }) {
    if (typeof data?.label === 'string' && documentId) await getService(strapi, 'kickers').relabelArticles(documentId);
  },
};
