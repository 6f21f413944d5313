import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { currentActor } from '../actor';
import { ARTICLE_UID, MESSAGES } from '../constants';
import { publishedStage, requiredToPublish } from '../domain/stages';
import { getService } from '../utils';

/**
 * Publishing an article needs it approved, under an approved kicker (or none), meeting its category's rules, and, for a
 * section editor, in their section. Once published, the article's stage is "published"; unpublished, it is back to the
 * stage publishing requires, ready to go out again.
 */
export function editorialPublishGate(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    const documentId = ctx.params.documentId;
    if (ctx.uid !== ARTICLE_UID || (ctx.action !== 'publish' && ctx.action !== 'unpublish') || !documentId) return next();
    const stages = getService(strapi, 'stages');
    if (ctx.action === 'unpublish') {
      const result = await next();
      await stages.set(documentId, requiredToPublish(stages.list()).id, null, currentActor(strapi));
      return result;
    }
    const rules = getService(strapi, 'publishRules');
    const draft = await rules.draft(documentId);
    if (!draft) return next();
    const blocking = rules.check(draft);
    if (blocking.length > 0) {
      const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : '';
      throw new errors.ValidationError(`${blocking[0].message}${more}`, {
        errors: blocking.map((finding) => ({ path: finding.path, message: finding.message, name: 'ValidationError' })),
      });
    }
    if (!(await stages.mayPublishIn(currentActor(strapi), draft.category?.slug ?? null))) {
      // A PolicyError keeps its message on the way out; Strapi turns a late ForbiddenError into a bare "Forbidden".
      throw new errors.PolicyError(MESSAGES.publishOutsideSections);
    }
    const result = await next();
    await stages.set(documentId, publishedStage(stages.list()).id, null, currentActor(strapi));
    return result;
  };
}
