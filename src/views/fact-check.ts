import { FACT_CHECK_UID } from '#domain/uids';
import type { ViewLayout } from '#domain/view-layout';

/** A fact check in the order the desk writes it: the question, the claim, the verdict, then the text. */
export const FACT_CHECK_VIEW: ViewLayout = {
  uid: FACT_CHECK_UID,
  kind: 'content-type',
  version: 1,
  settings: { mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' },
  fields: {
    title: { label: 'Question' },
    claimReviewed: { label: 'Claim reviewed' },
    verdict: { label: 'Verdict' },
    checkedOn: { label: 'Checked on' },
    summary: { label: 'Summary' },
    sections: { label: 'Sections' },
    bottomLine: { label: 'Bottom line' },
    limitations: { label: 'Limitations' },
    relatedQuestions: { label: 'Want to dive deeper?' },
    slug: { label: 'Address (slug)' },
    corrections: { label: 'Corrections' },
    citations: { label: 'Citations' },
    sources: { label: 'Sources', mainField: 'title', readOnly: true },
  },
  edit: [
    [['title', 12]],
    [['claimReviewed', 12]],
    [
      ['verdict', 6],
      ['checkedOn', 6],
    ],
    [['summary', 12]],
    [['sections', 12]],
    [['bottomLine', 12]],
    [['limitations', 12]],
    [['relatedQuestions', 12]],
    [['slug', 6]],
    [['corrections', 12]],
  ],
  hidden: {
    citations: 'Attached number by number in the Citations panel.',
    sources: 'Kept in step with the citations by the sourcing plugin.',
  },
  list: ['title', 'verdict', 'checkedOn'],
};
