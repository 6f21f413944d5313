import { advise, proseMatches } from '../prose/advise';
import type { StyleDocument } from '../prose/document';
import { MESSAGES } from '../messages';
import type { Advisory } from '../types';

const SPACED = ' — ';

// A dash between words that is not a spaced em dash: an em dash touching a word on either side, a spaced hyphen or en
// dash, or a double hyphen. An en dash between figures ("2020–2021") is a range, and a hyphen within a word is a hyphen.
const DASH = /[ \u00a0]?—[ \u00a0]?|[ \u00a0](?:-|–|--)[ \u00a0]|(?<=\p{L})--(?=\p{L})/gu;

const SPACE = /[ \u00a0]/;

/** What a dash match stands between in the text as written (quotations included): null when it is not between words. */
function between(text: string, from: number, to: number): [string, string] | null {
  const before = text[from - 1];
  const after = text[to];
  if (before === undefined || after === undefined || /\s/.test(before) || /\s/.test(after)) return null;
  return [before, after];
}

/** Dashes the guide wants as a spaced em dash, " — ", offered as the replacement. */
export function spacedDashRule(document: StyleDocument): Advisory[] {
  return document.blocks.flatMap((block) =>
    proseMatches(block, DASH).flatMap((match) => {
      const from = match.index;
      const to = from + match[0].length;
      const sides = between(block.text, from, to);
      // Already " — "; or at a line's edge; or a spaced hyphen between figures, which is a range or a score ("3 - 1").
      if (!sides || (match[0].includes('—') && SPACE.test(match[0][0]) && SPACE.test(match[0][match[0].length - 1]))) return [];
      if (/\d/.test(sides[0]) && /\d/.test(sides[1]) && !match[0].includes('—')) return [];
      return [advise(block, 'spaced-dash', MESSAGES['spaced-dash'], from, to, SPACED)];
    }),
  );
}
