import { fieldRanges } from '../guards/field-ranges-step';
import { editVersion } from '../guards/edit-version-step';
import { plainText } from '../guards/plain-text-step';
import { definePipeline } from '#kernel/pipeline';
import { HIGHLIGHT_UID } from '#domain/uids';

/**
 * A highlight written by a caller. The highlights the sourcing plugin derives from an article's body do not come this
 * way: they are written in bulk as part of the article's save and hold what the body shows, `<b>` in a code span
 * included.
 */
export const highlightPipeline = definePipeline({
  uid: HIGHLIGHT_UID,
  guards: [editVersion, plainText, fieldRanges],
});
