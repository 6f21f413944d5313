import { advise, proseMatches } from '../prose/advise';
import type { StyleDocument } from '../prose/document';
import { MESSAGES } from '../messages';
import type { Advisory } from '../types';

const PERCENT = /(\d(?:[\d,.]*\d)?)[\s\u00a0]?%/g;

/** "%" after a figure in running text (paragraphs and the standfirst; tables and headlines may keep it). */
export function perCentRule(document: StyleDocument): Advisory[] {
  return document.blocks
    .filter((block) => block.kind === 'paragraph' || block.kind === 'deck' || block.kind === 'list-item' || block.kind === 'blockquote')
    .flatMap((block) =>
      proseMatches(block, PERCENT).map((match) =>
        advise(block, 'per-cent', MESSAGES['per-cent'], match.index, match.index + match[0].length, `${match[1]} per cent`),
      ),
    );
}
