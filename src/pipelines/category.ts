import { editVersion } from '../guards/edit-version-step';
import { plainText } from '../guards/plain-text-step';
import { definePipeline } from '#kernel/pipeline';
import { slug } from '../slugs/slug-step';
import { categoryInUse, forgetSection } from '../plugins/editorial/server/src/steps/in-use';
import { CATEGORY_UID } from '#domain/uids';

/** A category's save: a category with articles is merged or reassigned, never deleted. */
export const categoryPipeline = definePipeline({
  uid: CATEGORY_UID,
  guards: [editVersion, plainText, slug, categoryInUse],
  afterWrite: [forgetSection],
});
