import slugify from 'slugify';

export const SLUG_MAX_LENGTH = 120;

// Apostrophes join a word ("internet's" → "internets", as the newsroom's Jekyll file names do); every other
// punctuation mark separates words, so "NATO 3.0" becomes "nato-3-0" rather than "nato-30".
const APOSTROPHES = /['’‘`ʼ]/g;
const SEPARATORS = /[^\p{L}\p{N}\s]+/gu;

/**
 * The newsroom's slug: lower-case ASCII words joined by hyphens, diacritics folded ("Andraž Tavčar" → "andraz-tavcar"),
 * cut at a word boundary so URLs stay readable. Returns "" when the text has nothing a slug can be made from.
 */
export function toSlug(text: string, maxLength: number = SLUG_MAX_LENGTH): string {
  const words = text.normalize('NFC').replace(APOSTROPHES, '').replace(SEPARATORS, ' ');
  const slug = slugify(words, { lower: true, strict: true, trim: true });
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

/** True when the text is already a slug this app would produce for itself. */
export function isSlug(text: string): boolean {
  return text.length > 0 && toSlug(text) === text;
}
