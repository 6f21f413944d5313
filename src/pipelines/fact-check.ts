import { addresses } from '../guards/addresses-step';
import { fieldRanges } from '../guards/field-ranges-step';
import { editVersion } from '../guards/edit-version-step';
import { listCaps } from '../guards/list-caps-step';
import { plainText } from '../guards/plain-text-step';
import { sanitizeFactCheckTexts } from '../guards/rich-text-step';
import { definePipeline } from '#kernel/pipeline';
import { scheduleSettles } from '../plugins/editorial/server/src/steps/schedule';
import { slug } from '../slugs/slug-step';
import { copiedCorrectionsOffRecord, correctionsLog, correctionsOnRecord } from '../plugins/editorial/server/src/steps/corrections';
import { citationsGate, completeCitations, linkCitedSources, publishFactCheckSources } from '../plugins/sourcing/server/src/steps/fact-check-sourcing';
import { rememberPublishedCitations, withdrawUncitedSources } from '../plugins/sourcing/server/src/steps/source-visibility';
import { FACT_CHECK_UID } from '#domain/uids';

/** A fact check's save, in the order it runs. */
export const factCheckPipeline = definePipeline({
  uid: FACT_CHECK_UID,
  publishes: true,
  guards: [editVersion, listCaps, plainText, fieldRanges, addresses, slug, correctionsLog],
  shape: [sanitizeFactCheckTexts, completeCitations],
  gates: [citationsGate],
  beforeWrite: [rememberPublishedCitations, publishFactCheckSources, correctionsOnRecord],
  afterWrite: [linkCitedSources, withdrawUncitedSources, copiedCorrectionsOffRecord, scheduleSettles],
});
