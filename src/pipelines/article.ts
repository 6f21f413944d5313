import { addresses } from '../guards/addresses-step';
import { fieldRanges } from '../guards/field-ranges-step';
import { editVersion } from '../guards/edit-version-step';
import { plainText } from '../guards/plain-text-step';
import { bylineCap } from '../guards/relation-holds-step';
import { sanitizeArticleBody } from '../guards/rich-text-step';
import { definePipeline } from '#kernel/pipeline';
import { scheduleSettles } from '../plugins/editorial/server/src/steps/schedule';
import { slug } from '../slugs/slug-step';
import { copiedCorrectionsOffRecord, correctionsLog, correctionsOnRecord } from '../plugins/editorial/server/src/steps/corrections';
import { stampFirstPublication } from '../plugins/delivery/server/src/first-publication';
import { kickerFromLabel, kickerLabelValid, labelFromKicker } from '../plugins/editorial/server/src/steps/article-kicker';
import { approvalLapses, categoryMoveInSections, visibleBeforeEdit } from '../plugins/editorial/server/src/steps/approval';
import { editorialGate, publishInSection, stageFollowsPublication } from '../plugins/editorial/server/src/steps/publish-gate';
import { reviewSettles } from '../plugins/editorial/server/src/steps/review';
import { leadImage } from '../plugins/image-policy/server/src/steps/lead-image';
import { imagePolicyGate } from '../plugins/image-policy/server/src/steps/publish-gate';
import {
  articleSourcingGate,
  deleteHighlights,
  deriveHighlights,
  highlightsFollowArticle,
  publishArticleSources,
} from '../plugins/sourcing/server/src/steps/article-sourcing';
import { rememberPublishedCitations, withdrawUncitedSources } from '../plugins/sourcing/server/src/steps/source-visibility';
import { ARTICLE_UID } from '#domain/uids';

/** An article's save, create to delete, in the order it runs (see `src/kernel/pipeline.ts` for what each list is). */
export const articlePipeline = definePipeline({
  uid: ARTICLE_UID,
  publishes: true,
  guards: [editVersion, plainText, fieldRanges, addresses, slug, kickerLabelValid, correctionsLog],
  shape: [sanitizeArticleBody, leadImage],
  gates: [editorialGate, imagePolicyGate, articleSourcingGate],
  beforeWrite: [
    visibleBeforeEdit,
    kickerFromLabel,
    publishInSection,
    rememberPublishedCitations,
    publishArticleSources,
    stampFirstPublication,
    correctionsOnRecord,
    deleteHighlights,
  ],
  afterWrite: [
    bylineCap,
    categoryMoveInSections,
    labelFromKicker,
    deriveHighlights,
    highlightsFollowArticle,
    withdrawUncitedSources,
    stageFollowsPublication,
    approvalLapses,
    reviewSettles,
    copiedCorrectionsOffRecord,
    scheduleSettles,
  ],
});
