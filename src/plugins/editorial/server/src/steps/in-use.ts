import type { Core } from '@strapi/strapi';
import { countArticlesUnder } from '#kernel/article-counts';
import { fieldError } from '#kernel/errors';
import type { Step } from '#kernel/pipeline';
import { CATEGORY_UID, MESSAGES } from '../constants';
import { getService } from '../utils';

type Guarded = { relation: 'category' | 'kicker'; label: 'name' | 'label'; message: (name: string, count: number) => string };

/**
 * A category or kicker that still has articles is never deleted, which would leave them orphaned: the editor is told to
 * merge or reassign instead.
 */
function keptWhileInUse(guarded: Guarded): Step {
  return {
    name: `${guarded.relation} in use`,
    owner: 'editorial',
    actions: ['delete'],
    async run({ strapi, uid, documentId }) {
      if (!documentId) return;
      const row = (await strapi.db.query(uid as typeof CATEGORY_UID).findOne({ where: { documentId } })) as Record<string, unknown> | null;
      if (!row) return;
      const count = await countArticlesUnder(strapi as Core.Strapi, guarded.relation, Number(row.id));
      if (count > 0) throw fieldError('articles', guarded.message(String(row[guarded.label]), count));
    },
  };
}

export const categoryInUse = keptWhileInUse({ relation: 'category', label: 'name', message: MESSAGES.categoryInUse });
export const kickerInUse = keptWhileInUse({ relation: 'kicker', label: 'label', message: MESSAGES.kickerInUse });

/** A deleted category takes its section-editor assignments with it. */
export const forgetSection: Step = {
  name: 'forget its section editors',
  owner: 'editorial',
  actions: ['delete'],
  async run({ strapi, documentId }) {
    if (documentId) await getService(strapi, 'categories').forgetSection(documentId);
  },
};
