import { advise, isCapitalised, proseMatches, startsSentence, wordAfter, wordBefore } from '../prose/advise';
import type { StyleDocument } from '../prose/document';
import { MESSAGES } from '../messages';
import type { Advisory } from '../types';

const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

// A lone figure 1 to 9: not part of a longer number, a decimal, a time, a range, a score or a code ("G7", "COVID-19").
const SMALL = /(?<![\p{L}\p{N}.,:/\-–$€£¥#[+])([1-9])(?![\p{L}\p{N}]|[-–/:%]|[.,]\d)/gu;

// Units of measure and size: "2 s", "1 MB", "3 ha".
const UNITS = 's ms kb mb gb tb ha hectares litres kilograms grams feet ft lb lbs sq'.split(' ');

// The guide's exceptions and what else is a figure by nature: ages, percentages, votes, money, measures, dates, times.
const AFTER = new Set([
  ...UNITS,
  'per',
  'percent',
  'percentage',
  'points',
  'votes',
  'vote',
  'seats',
  'to',
  'years',
  'year',
  'months',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'million',
  'billion',
  'trillion',
  'bn',
  'm',
  'euros',
  'euro',
  'dollars',
  'dollar',
  'pounds',
  'pound',
  'cents',
  'kilometres',
  'km',
  'kg',
  'metres',
  'miles',
  'degrees',
  'hours',
  'minutes',
  'seconds',
  'mph',
  'mm',
  'cm',
  'gw',
  'mw',
  'kw',
  'twh',
  'gwh',
  'mwh',
  'kwh',
  'bcm',
  'tonnes',
  'x',
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((m) => m.toLowerCase()),
]);
// Two figures joined ("5 to 4", "1 in 5", "2 and 3", "6 out of 9") are a tally, a ratio or a range: figures both.
const JOINED_AFTER = /^[\s\u00a0]+(?:to|of|in|and|or|out of)[\s\u00a0]+\d/;
const JOINED_BEFORE = /\d[\s\u00a0]+(?:to|of|in|and|or|out of)[\s\u00a0]+$/;
const BEFORE = new Set([
  'aged',
  'age',
  'ages',
  'voted',
  'by',
  'no',
  'no.',
  'number',
  'page',
  'p',
  'pp',
  'version',
  'v',
  'phase',
  'level',
  'tier',
  'grade',
  'step',
  'round',
]);

/** A figure one to nine in running text that the guide wants spelt out ("3 diplomats" → "three diplomats"). */
export function smallNumberRule(document: StyleDocument): Advisory[] {
  return document.blocks
    .filter((block) => block.kind !== 'table')
    .flatMap((block) =>
      proseMatches(block, SMALL).flatMap((match) => {
        const before = wordBefore(block.text, match.index);
        const after = wordAfter(block.text, match.index + 1);
        // After a capitalised word it is a label or a name: "Article 5", "Windows 7", "Chapter 2".
        if (isCapitalised(before) || BEFORE.has(before.toLowerCase()) || AFTER.has(after.toLowerCase()) || /^\d/.test(after)) return [];
        if (
          JOINED_AFTER.test(block.text.slice(match.index + 1, match.index + 20)) ||
          JOINED_BEFORE.test(block.text.slice(Math.max(0, match.index - 20), match.index))
        )
          return [];
        const word = WORDS[Number(match[1]) - 1];
        const spelt = startsSentence(block.text, match.index) ? word[0].toUpperCase() + word.slice(1) : word;
        return [advise(block, 'small-number', MESSAGES['small-number'], match.index, match.index + 1, spelt)];
      }),
    );
}
