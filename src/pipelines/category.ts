import { editVersion } from '../guards/edit-version-step';
import { plainText } from '../guards/plain-text-step';
import { definePipeline } from '../kernel/pipeline';
import { slug } from '../slugs/slug-step';
import { categoryInUse, forgetSection } from '../plugins/editorial/server/src/steps/in-use';

/** A category's save: a category with articles is merged or reassigned, never deleted. */
export const categoryPipeline = definePipeline({
  uid: 'api::category.category',
  guards: [editVersion, plainText, slug, categoryInUse],
  afterWrite: [forgetSection],
});
