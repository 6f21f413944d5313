import { editVersion } from '../guards/edit-version-step';
import { plainText } from '../guards/plain-text-step';
import { definePipeline } from '../kernel/pipeline';

/**
 * A highlight written by a caller. The highlights the sourcing plugin derives from an article's body are part of the
 * article's save and hold what the body shows, `<b>` in a code span included: the body has its own rules.
 */
export const highlightPipeline = definePipeline({
  uid: 'api::highlight.highlight',
  guards: [editVersion, plainText],
});
