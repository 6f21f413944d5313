import { editVersion } from '../guards/edit-version-step';
import { plainText } from '../guards/plain-text-step';
import { definePipeline } from '#kernel/pipeline';
import { slug } from '../slugs/slug-step';
import { kickerInUse } from '../plugins/editorial/server/src/steps/in-use';
import { articlesFollowLabel, kickerLabelTidy, kickerStateMove } from '../plugins/editorial/server/src/steps/kicker-label';
import { KICKER_UID } from '#domain/uids';

/** A kicker's save: its label makes its slug, its state moves along the table, a kicker in use is never deleted. */
export const kickerPipeline = definePipeline({
  uid: KICKER_UID,
  guards: [editVersion, plainText, kickerStateMove, kickerLabelTidy, slug, kickerInUse],
  afterWrite: [articlesFollowLabel],
});
