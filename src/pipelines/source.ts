import { addresses } from '../guards/addresses-step';
import { fieldRanges } from '../guards/field-ranges-step';
import { editVersion } from '../guards/edit-version-step';
import { plainText } from '../guards/plain-text-step';
import { definePipeline } from '#kernel/pipeline';
import { sourceUrl } from '../plugins/sourcing/server/src/steps/source-url';
import { SOURCE_UID } from '#domain/uids';

/** A source's save: one source per normalized URL. */
export const sourcePipeline = definePipeline({
  uid: SOURCE_UID,
  guards: [editVersion, plainText, fieldRanges, addresses, sourceUrl],
});
