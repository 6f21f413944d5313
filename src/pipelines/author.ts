import { editVersion } from '../guards/edit-version-step';
import { plainText } from '../guards/plain-text-step';
import { definePipeline } from '../kernel/pipeline';
import { slug } from '../slugs/slug-step';

export const authorPipeline = definePipeline({
  uid: 'api::author.author',
  guards: [editVersion, plainText, slug],
});
