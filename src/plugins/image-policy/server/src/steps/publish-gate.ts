import type { PublishGate } from '#kernel/pipeline';
import { getService } from '../utils';

/**
 * An article whose lead image breaks the policy is not published, one finding per field, unless someone allowed to
 * override recorded why for this very image.
 */
export const imagePolicyGate: PublishGate = {
  name: 'image policy',
  owner: 'image-policy',
  lead: 'The lead image breaks the image policy',
  findings: ({ strapi, documentId }) => getService(strapi, 'policy').blocking(documentId),
};
