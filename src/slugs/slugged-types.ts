/** Content types whose slug the app makes and keeps unique, with the field the slug is made from. */
export const SLUGGED_TYPES = {
  'api::article.article': { source: 'title', noun: 'article' },
  'api::fact-check.fact-check': { source: 'title', noun: 'fact check' },
  'api::category.category': { source: 'name', noun: 'category' },
  'api::kicker.kicker': { source: 'label', noun: 'kicker' },
  'api::author.author': { source: 'name', noun: 'author' },
} as const;

export type SluggedUid = keyof typeof SLUGGED_TYPES;

export function isSluggedUid(uid: string): uid is SluggedUid {
  return Object.prototype.hasOwnProperty.call(SLUGGED_TYPES, uid);
}
