import { advise, proseMatches } from '../prose/advise';
import type { StyleDocument } from '../prose/document';
import { MESSAGES } from '../messages';
import type { Advisory } from '../types';

// Found by the "%" (a figure's last digit before it), then read back over the figure: a regular expression that began
// at the figure would retry along every long run of digits.
const PERCENT = /\d[\s\u00a0]?%/g;

/** Where the figure ending at `last` begins ("12,500.5"). */
function figureStart(text: string, last: number): number {
  let at = last;
  while (at > 0 && /[\d,.]/.test(text[at - 1])) at -= 1;
  while (!/\d/.test(text[at])) at += 1;
  return at;
}

/** "%" after a figure in running text (paragraphs and the standfirst; tables and headlines may keep it). */
export function perCentRule(document: StyleDocument): Advisory[] {
  return document.blocks
    .filter((block) => block.kind === 'paragraph' || block.kind === 'deck' || block.kind === 'list-item' || block.kind === 'blockquote')
    .flatMap((block) =>
      proseMatches(block, PERCENT).map((match) => {
        const from = figureStart(block.prose, match.index);
        return advise(block, 'per-cent', MESSAGES['per-cent'], from, match.index + match[0].length, `${block.text.slice(from, match.index + 1)} per cent`);
      }),
    );
}
