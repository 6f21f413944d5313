import { advise, proseMatches } from '../prose/advise';
import type { Block } from '../prose/block';
import type { StyleDocument } from '../prose/document';
import { MESSAGES } from '../messages';
import type { StyleSettings } from '../settings';
import type { Advisory } from '../types';

// Two to six capitals, maybe a plural "s" ("MPs"); not part of a compound of capitals ("JSON-LD"), nor a run of
// capitals in a shouted line or a dateline ("BANJA LUKA", "LONDON, BRUSSELS").
const ACRONYM = /(?<![\p{L}\p{N}&.-])(\p{Lu}{2,6})s?(?![\p{L}\p{N}&]|\.\p{L}|-[\p{N}\p{Lu}])/gu;
const ROMAN = /^[IVXLCDM]+$/;

/** The acronym stands in parentheses after its spelled-out form: "the Central Election Commission (CEC)". */
const inParentheses = (text: string, from: number, to: number): boolean => text[from - 1] === '(' && text[to] === ')';

function isInCapsRun(block: Block, from: number, to: number): boolean {
  const around = `${block.prose.slice(Math.max(0, from - 12), from)}#${block.prose.slice(to, to + 12)}`;
  return /\p{Lu}{2,}[\s\u00a0,;]+#|#[\s\u00a0,;]+\p{Lu}{2,}/u.test(around);
}

/**
 * An acronym in the body whose first appearance does not stand in parentheses after its spelled-out form. Headline,
 * standfirst and section headers are left alone (a header cannot spell out; the prose after it does), and so are the
 * acronyms every reader knows (settings).
 */
export function acronymRule(document: StyleDocument, settings: StyleSettings): Advisory[] {
  const known = new Set(settings.knownAcronyms);
  const seen = new Set<string>();
  const advisories: Advisory[] = [];
  for (const block of document.blocks.filter((candidate) => candidate.field === 'body' && candidate.kind !== 'table' && candidate.kind !== 'heading')) {
    for (const match of proseMatches(block, ACRONYM)) {
      const acronym = match[1];
      const to = match.index + match[0].length;
      if (seen.has(acronym) || known.has(acronym) || known.has(match[0]) || ROMAN.test(acronym) || isInCapsRun(block, match.index, to)) continue;
      seen.add(acronym);
      if (!inParentheses(block.text, match.index, to))
        advisories.push(advise(block, 'acronym-first-use', `${MESSAGES['acronym-first-use']} (${acronym})`, match.index, to));
    }
  }
  return advisories;
}
