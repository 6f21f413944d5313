import {
  ARTICLE_UID,
  AUTHOR_UID,
  CATEGORY_UID,
  CORRECTION_COMPONENT,
  FACT_CHECK_UID,
  FILE_UID,
  HIGHLIGHT_UID,
  KICKER_UID,
  SOURCE_UID,
} from '../../../../domain/uids';
export { ARTICLE_UID, FACT_CHECK_UID, CORRECTION_COMPONENT, KICKER_UID, CATEGORY_UID, AUTHOR_UID, SOURCE_UID, HIGHLIGHT_UID, FILE_UID };
export const PLUGIN_ID = 'delivery';

/** Where articles and fact checks keep their corrections log. */
export const CORRECTIONS_FIELD = 'corrections';

/** Every type a delivery response shows something of; writes to any other type leave the cache alone. */
export const WATCHED_UIDS = [ARTICLE_UID, FACT_CHECK_UID, KICKER_UID, CATEGORY_UID, AUTHOR_UID, SOURCE_UID, HIGHLIGHT_UID, FILE_UID];

/** The types a by-slug response is about: a write that re-links one of them from the other side touches its response. */
export const SUBJECT_UIDS = [ARTICLE_UID, FACT_CHECK_UID];

export const MESSAGES = {
  articleNotFound: 'No published article has that slug.',
  factCheckNotFound: 'No published fact check has that slug.',
  noVerdict: 'This fact check carries no verdict, so it has no ClaimReview.',
  categoryNotFound: 'No such category.',
  kickerNotFound: 'No such kicker.',
  previewMalformed: 'This preview link is incomplete: open the preview again from the Content Manager.',
  previewSignature: 'This preview link was not signed by this CMS for this document.',
  previewExpired: 'This preview link has expired: open the preview again from the Content Manager.',
  previewNotFound: 'No such document in that version (draft or published) to preview.',
};
