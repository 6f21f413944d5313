import { editVersion } from '../guards/edit-version-step';
import { plainText } from '../guards/plain-text-step';
import { sanitizeFactCheckTexts } from '../guards/rich-text-step';
import { definePipeline } from '../kernel/pipeline';
import { slug } from '../slugs/slug-step';
import {
  citationsGate,
  completeCitations,
  linkCitedSources,
  publishFactCheckSources,
} from '../plugins/sourcing/server/src/steps/fact-check-sourcing';

/** A fact check's save, in the order it runs. */
export const factCheckPipeline = definePipeline({
  uid: 'api::fact-check.fact-check',
  publishes: true,
  guards: [editVersion, plainText, slug],
  shape: [sanitizeFactCheckTexts, completeCitations],
  gates: [citationsGate],
  beforeWrite: [publishFactCheckSources],
  afterWrite: [linkCitedSources],
});
