import { advise, proseMatches } from '../prose/advise';
import type { StyleDocument } from '../prose/document';
import { MESSAGES } from '../messages';
import type { Advisory } from '../types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT: Record<string, string> = Object.fromEntries(MONTHS.map((month) => [month.slice(0, 3), month]));
SHORT.Sept = 'September';

// "February 9, 2026", "Feb. 9", "Feb 9th": a month before its day. Not "May 2026" (a year) nor "9 February" (right).
const US_DATE = new RegExp(
  `\\b(${MONTHS.join('|')}|(?:${Object.keys(SHORT).join('|')})\\.?)[\\s\\u00a0]+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\b(?![.,:]?\\d|%|-|–)(?:,?[\\s\\u00a0]+(\\d{4})\\b)?`,
  'g',
);

/** The day before the month, spelt out: "9 February 2026". */
export function europeanDate(month: string, day: string, year?: string): string {
  const full = SHORT[month.replace('.', '')] ?? month;
  return year ? `${day} ${full} ${year}` : `${day} ${full}`;
}

/** US date formats ("February 9, 2026", "Feb. 9"), with "9 February 2026" as the replacement. */
export function usDateRule(document: StyleDocument): Advisory[] {
  return document.blocks.flatMap((block) =>
    proseMatches(block, US_DATE).flatMap((match) => {
      // "May" is also a verb and a name: only a full date ("May 9, 2026") is read as one.
      if (match[1] === 'May' && !match[3]) return [];
      const end = match.index + match[0].length;
      return [advise(block, 'us-date', MESSAGES['us-date'], match.index, end, europeanDate(match[1], match[2], match[3]))];
    }),
  );
}
