import type { Step } from '#kernel/pipeline';
import { getService } from '../utils';

/**
 * A document leaves "Needs review" when what readers see changes hands: an editor's publish (its gates passed), an
 * unpublish or a delete. The import's publish past the gates runs this too, and records its findings after it.
 */
export const reviewSettles: Step = {
  name: 'review settles on publication',
  owner: 'editorial',
  actions: ['publish', 'unpublish', 'delete'],
  async run({ strapi, documentId }) {
    if (documentId) await getService(strapi, 'review').clear(documentId);
  },
};
