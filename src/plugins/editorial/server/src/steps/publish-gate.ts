import { errors } from '@strapi/utils';
import type { PublishGate, Step } from '#kernel/pipeline';
import { currentActor } from '../actor';
import { MESSAGES } from '../constants';
import { publishNote } from '../publish-note';
import { publishedStage, requiredToPublish } from '../domain/stages';
import { getService } from '../utils';

// The draft as the editorial rules read it: the gate judges it, the section check then needs its category.
const DRAFT = 'editorial:draft';

/** Publishing an article needs it approved, under an approved kicker (or none), meeting its category's rules. */
export const editorialGate: PublishGate = {
  name: 'editorial',
  owner: 'editorial',
  async findings({ strapi, documentId, purpose, memo }) {
    const rules = getService(strapi, 'publishRules');
    const draft = await memo(DRAFT, () => rules.draft(documentId));
    // The importer's report leaves the stage out: an imported draft is meant to start its way through the stages.
    return draft ? rules.check(draft, { stage: purpose === 'publish' }) : [];
  },
};

/** A section editor publishes and unpublishes in their sections only; the chief editor everywhere. */
export const publishInSection: Step = {
  name: 'publish in one of your sections',
  owner: 'editorial',
  actions: ['publish', 'unpublish'],
  async run({ strapi, action, documentId, memo }) {
    if (!documentId) return;
    const draft = await memo(DRAFT, () => getService(strapi, 'publishRules').draft(documentId));
    if (!draft) return;
    if (!(await getService(strapi, 'stages').mayPublishIn(currentActor(strapi), draft.category?.slug ?? null))) {
      // A PolicyError keeps its message on the way out; Strapi turns a late ForbiddenError into a bare "Forbidden".
      throw new errors.PolicyError(action === 'unpublish' ? MESSAGES.unpublishOutsideSections : MESSAGES.publishOutsideSections);
    }
  },
};

/** Published, the article's stage is "published"; unpublished, it is back to the stage publishing requires. */
export const stageFollowsPublication: Step = {
  name: 'stage follows publication',
  owner: 'editorial',
  actions: ['publish', 'unpublish'],
  async run({ strapi, action, documentId, memo }) {
    if (!documentId) return;
    const stages = getService(strapi, 'stages');
    const stage = action === 'publish' ? publishedStage(stages.list()) : requiredToPublish(stages.list());
    // Publishing leaves the draft's stage as the gate read it.
    const draft = action === 'publish' ? await memo(DRAFT, () => getService(strapi, 'publishRules').draft(documentId)) : null;
    await stages.set(documentId, stage.id, action === 'publish' ? publishNote() : null, currentActor(strapi), draft ?? undefined);
  },
};
