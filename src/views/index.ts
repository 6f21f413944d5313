import type { ViewLayout } from '#domain/view-layout';
import { ARTICLE_VIEW } from './article';
import { CITATION_VIEW, CORRECTION_VIEW, LEAD_IMAGE_VIEW, RELATED_QUESTION_VIEW, SECTION_VIEW } from './components';
import { FACT_CHECK_VIEW } from './fact-check';
import { AUTHOR_VIEW, CATEGORY_VIEW, KICKER_VIEW } from './people-and-labels';
import { HIGHLIGHT_VIEW, SOURCE_VIEW } from './sourcing';

/**
 * The Content Manager's views of the newsroom's seven types and the components they use, as the newsroom wants them
 * (docs/content-manager-views.md). Applied at bootstrap by src/bootstrap/content-manager-views.ts.
 */
export const VIEW_LAYOUTS: readonly ViewLayout[] = [
  ARTICLE_VIEW,
  FACT_CHECK_VIEW,
  AUTHOR_VIEW,
  CATEGORY_VIEW,
  KICKER_VIEW,
  SOURCE_VIEW,
  HIGHLIGHT_VIEW,
  LEAD_IMAGE_VIEW,
  CORRECTION_VIEW,
  CITATION_VIEW,
  SECTION_VIEW,
  RELATED_QUESTION_VIEW,
];
