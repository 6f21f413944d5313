import { advise } from '../prose/advise';
import type { StyleDocument } from '../prose/document';
import { MESSAGES } from '../messages';
import type { Advisory } from '../types';

// Short words Title Case leaves in lower case; they say nothing about which case a header is in.
const MINOR = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'over',
  'the',
  'to',
  'up',
  'with',
  'vs',
]);

/**
 * A section header in Title Case. Names are capitalised in sentence case too, so a header is only reported when at
 * least two of its words after the first, and at least three in four of them, start with a capital (words of four or
 * more letters; acronyms aside): "What Comes Next For The Alliance", not "Dodik's proxy holds on in Republika Srpska".
 */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const later = words.slice(1).filter((word) => word.length >= 4 && !MINOR.has(word.toLowerCase()) && word !== word.toUpperCase());
  const capitalised = later.filter((word) => /^\p{Lu}/u.test(word));
  return capitalised.length >= 2 && capitalised.length * 4 >= later.length * 3;
}

/** Section headers (Markdown headings in the body) written in Title Case. */
export function sentenceCaseRule(document: StyleDocument): Advisory[] {
  return document.blocks
    .filter((block) => block.kind === 'heading' && isTitleCase(block.prose))
    .map((block) => advise(block, 'sentence-case-heading', MESSAGES['sentence-case-heading'], 0, block.text.length));
}
