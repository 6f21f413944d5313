import { advise } from '../prose/advise';
import { countWords, type StyleDocument } from '../prose/document';
import { MESSAGES } from '../messages';
import type { StyleSettings } from '../settings';
import type { Advisory } from '../types';

/**
 * More direct quotes than the guide's ratio allows for the body's length (one per `wordsPerQuote` words, at least one):
 * one advisory on the first quote past the allowance. Quotations shorter than `quoteMinWords` are partial quotes,
 * terms or scare quotes, which the guide encourages, and are not counted.
 */
export function quoteDensityRule(document: StyleDocument, settings: StyleSettings): Advisory[] {
  const quotes = document.blocks
    .filter((block) => block.field === 'body')
    .flatMap((block) =>
      block.quotes.filter(([from, to]) => countWords(block.text.slice(from, to)) >= settings.quoteMinWords).map((quote) => ({ block, quote })),
    );
  const allowed = Math.max(1, Math.floor(document.words / settings.wordsPerQuote));
  if (quotes.length <= allowed) return [];
  const { block, quote } = quotes[allowed];
  const message = `${MESSAGES['quote-density']} This piece has ${quotes.length} in ${document.words} words; about ${allowed} would fit.`;
  return [advise(block, 'quote-density', message, quote[0], quote[1])];
}

/**
 * A synthesis piece (its body links to `synthesisMinLinks` or more web sources) whose last paragraph is not set in
 * italics: the advisory marks that last paragraph, where the sourcing line belongs after.
 */
export function sourcingLineRule(document: StyleDocument, settings: StyleSettings): Advisory[] {
  if (new Set(document.links).size < settings.synthesisMinLinks) return [];
  const body = document.blocks.filter((block) => block.field === 'body' && block.text.trim() !== '');
  const last = body[body.length - 1];
  if (!last || last.italic) return [];
  return [advise(last, 'sourcing-line', MESSAGES['sourcing-line'], 0, last.text.length)];
}
