import { ARTICLE_UID, AUTHOR_UID, CATEGORY_UID, FACT_CHECK_UID, KICKER_UID } from '#domain/uids';

/** Content types whose slug the app makes and keeps unique, with the field the slug is made from. */
export const SLUGGED_TYPES = {
  [ARTICLE_UID]: { source: 'title', noun: 'article' },
  [FACT_CHECK_UID]: { source: 'title', noun: 'fact check' },
  [CATEGORY_UID]: { source: 'name', noun: 'category' },
  [KICKER_UID]: { source: 'label', noun: 'kicker' },
  [AUTHOR_UID]: { source: 'name', noun: 'author' },
} as const;

export type SluggedUid = keyof typeof SLUGGED_TYPES;

export function isSluggedUid(uid: string): uid is SluggedUid {
  return Object.prototype.hasOwnProperty.call(SLUGGED_TYPES, uid);
}
