import { advise, isCapitalised, matchCase, proseMatches, startsSentence, wordAfter, wordBefore } from '../prose/advise';
import type { Block } from '../prose/block';
import type { StyleDocument } from '../prose/document';
import { MESSAGES } from '../messages';
import type { StyleSettings } from '../settings';
import type { Advisory } from '../types';
import { IZE_ENDING, OR_ENDINGS, OR_STEMS, WORDS } from './spelling-words';

const WORD = /\p{L}+/gu;
const OR_WORD = new RegExp(`^(${OR_STEMS.join('|')})(${OR_ENDINGS.join('|')})$`);
// "license" is the UK verb; after one of these it is the noun, which the guide spells "licence".
const NOUN_BEFORE = new Set([
  'a',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'no',
  'driving',
  'operating',
  'export',
  'broadcasting',
  'import',
  'new',
]);

/**
 * The UK spelling of a lower-case US word, or null when it is not one the rule knows. The word before is asked for only
 * when it decides ("license"): reading it for every word of a long body would be most of the check's time.
 */
export function ukSpelling(word: string, extra: ReadonlyMap<string, string>, exceptions: ReadonlySet<string>, before: () => string): string | null {
  if (exceptions.has(word)) return null;
  const listed = extra.get(word) ?? WORDS[word];
  if (listed) return listed;
  if ((word === 'license' || word === 'licenses') && NOUN_BEFORE.has(before().toLowerCase())) return word.replace('license', 'licence');
  const or = OR_WORD.exec(word);
  if (or) return `${or[1]}our${or[2].slice(2)}`;
  const ize = IZE_ENDING.exec(word);
  if (!ize) return null;
  const base = `${word.slice(0, ize.index)}${ize[0].slice(0, 2)}e`;
  return exceptions.has(base) ? null : `${word.slice(0, ize.index)}${ize[0][0]}s${ize[0].slice(2)}`;
}

/** Where the listed proper names stand in the block's text. */
function nameRanges(block: Block, names: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const name of names) for (let at = block.text.indexOf(name); at >= 0; at = block.text.indexOf(name, at + 1)) ranges.push([at, at + name.length]);
  return ranges;
}

/**
 * A capitalised word is a name ("World Health Organization", "Pearl Harbor") unless it only opens a sentence and the
 * next word is lower case.
 */
function isName(block: Block, word: string, index: number): boolean {
  if (!isCapitalised(word)) return false;
  if (word.length > 1 && word === word.toUpperCase()) return true;
  return !startsSentence(block.text, index) || isCapitalised(wordAfter(block.text, index + word.length));
}

/** US spellings where the guide wants UK ones: -ize/-yze, -or, defense, license as a noun, and the word list. */
export function ukSpellingRule(document: StyleDocument, settings: StyleSettings): Advisory[] {
  const extra = new Map(settings.extraSpellings.map((pair) => pair.toLowerCase().split('=') as [string, string]));
  const exceptions = new Set(settings.spellingExceptions.map((word) => word.toLowerCase()));
  return document.blocks.flatMap((block) => {
    const names = nameRanges(block, settings.names);
    return proseMatches(block, WORD).flatMap((match) => {
      const word = match[0];
      if (isName(block, word, match.index) || names.some(([from, to]) => match.index >= from && match.index < to)) return [];
      const uk = ukSpelling(word.toLowerCase(), extra, exceptions, () => wordBefore(block.text, match.index));
      return uk ? [advise(block, 'uk-spelling', MESSAGES['uk-spelling'], match.index, match.index + word.length, matchCase(word, uk))] : [];
    });
  });
}
