import type { Step } from '#kernel/pipeline';
import { getService } from '../utils';

/**
 * A pending schedule ends when the document goes out or away by other means: published by hand before its time (the
 * schedule would otherwise publish the draft again later, edits and all) or deleted. The scheduler's own publish has
 * already moved its schedule out of "pending", so this finds nothing to end.
 */
export const scheduleSettles: Step = {
  name: 'schedule ends on publish or delete',
  owner: 'editorial',
  actions: ['publish', 'delete'],
  async run({ strapi, uid, action, documentId }) {
    if (documentId) await getService(strapi, 'schedules').endPending(uid, documentId, action === 'publish' ? 'published' : 'deleted');
  },
};
