import { editVersion } from '../guards/edit-version-step';
import { plainText } from '../guards/plain-text-step';
import { bylineCapFromAuthor } from '../guards/relation-holds-step';
import { definePipeline } from '#kernel/pipeline';
import { slug } from '../slugs/slug-step';
import { AUTHOR_UID } from '#domain/uids';

export const authorPipeline = definePipeline({
  uid: AUTHOR_UID,
  guards: [editVersion, plainText, slug],
  afterWrite: [bylineCapFromAuthor],
});
