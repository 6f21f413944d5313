import type { Core } from '@strapi/strapi';
import { publishRefusals } from '#kernel/publish-check';
import type { Actor } from '../actor';
import { ARTICLE_UID, CONTENT_MANAGER, FACT_CHECK_UID, MESSAGES } from '../constants';
import { publishCheck, type PublishCheck } from '../domain/publish-check';
import { getService } from '../utils';

export type CheckedType = 'articles' | 'fact-checks';
export const CHECKED_TYPES: Record<CheckedType, string> = { articles: ARTICLE_UID, 'fact-checks': FACT_CHECK_UID };

/** What the Publish button and the Publishing panel show: the save pipeline's own gates, and the actor's right to publish. */
const publishChecks = ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(type: CheckedType, documentId: string, actor: Actor): Promise<PublishCheck> {
    const uid = CHECKED_TYPES[type];
    // The stage verdict also answers for the role and the sections (publishInSection refuses the same way on publish).
    const rights =
      type === 'articles'
        ? await getService(strapi, 'stages').publishVerdict(documentId, actor)
        : { allowed: actor.can(CONTENT_MANAGER.publish, uid), message: MESSAGES.mayNotPublishFactChecks };
    return publishCheck(await publishRefusals(strapi, uid, documentId), rights);
  },
});

export default publishChecks;
