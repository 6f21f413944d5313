import { advise, isCapitalised, proseMatches, wordBefore } from '../prose/advise';
import type { StyleDocument } from '../prose/document';
import { MESSAGES } from '../messages';
import type { Advisory } from '../types';

// "us" in lower case only: "US" is the country. A capital "I" after a capitalised word is a numeral ("World War I").
const FIRST_PERSON =
  /(?<![\p{L}’'-])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|myself|we|We|we're|We're|we’re|We’re|we've|We've|we’ve|We’ve|we'll|We'll|we’ll|We’ll|we'd|We'd|us|our|Our|ours|ourselves|let's|Let's|let’s|Let’s)(?![\p{L}’'-])/gu;

/** First person outside quotations. */
export function firstPersonRule(document: StyleDocument): Advisory[] {
  return document.blocks.flatMap((block) =>
    proseMatches(block, FIRST_PERSON).flatMap((match) => {
      const before = wordBefore(block.text, match.index);
      if (match[0] === 'I' && isCapitalised(before)) return [];
      // "the us" is the country written in lower case, never the pronoun.
      if (match[0] === 'us' && before.toLowerCase() === 'the') return [];
      return [advise(block, 'first-person', MESSAGES['first-person'], match.index, match.index + match[0].length)];
    }),
  );
}

/** Exclamation marks outside quotations. */
export function exclamationRule(document: StyleDocument): Advisory[] {
  return document.blocks.flatMap((block) =>
    proseMatches(block, /!+/g).map((match) => advise(block, 'exclamation-mark', MESSAGES['exclamation-mark'], match.index, match.index + match[0].length)),
  );
}

// Found by their ends and read back, not by regular expressions from their starts: those would retry along every
// long run of text without a full stop.
const ENDS = /[.!?\n]/;

/** The sentences of a text: runs of non-space text ended by ".", "!" or "?". */
function sentenceCount(text: string): number {
  let count = 0;
  let open = false;
  for (const char of text) {
    if (/[.!?]/.test(char)) {
      if (open) count += 1;
      open = false;
    } else if (!/\s/.test(char)) open = true;
  }
  return count;
}

/** The question's start: just after the previous sentence end, spaces skipped. */
function questionStart(text: string, mark: number): number {
  let at = mark;
  while (at > 0 && !ENDS.test(text[at - 1])) at -= 1;
  while (at < mark && /\s/.test(text[at])) at += 1;
  return at;
}

/**
 * A question the writer asks in running prose (outside quotations, in a paragraph with other sentences), from the
 * sentence's first word to its question mark. A question standing alone as a paragraph is a heading, a headline or a
 * reader's question listed for them ("What legal authorities govern…?"), not a rhetorical one.
 */
export function rhetoricalQuestionRule(document: StyleDocument): Advisory[] {
  return document.blocks.flatMap((block) => {
    const marks = proseMatches(block, /\?/g);
    if (marks.length === 0 || sentenceCount(block.prose) < 2) return [];
    return marks.map((mark) => advise(block, 'rhetorical-question', MESSAGES['rhetorical-question'], questionStart(block.prose, mark.index), mark.index + 1));
  });
}

// "Sources say" and "according to sources", bare or with a word that identifies no one ("some", "unnamed").
const SOURCES_SAY =
  /(?<![\p{L}-][\s\u00a0]*)(?:(?:some|unnamed|anonymous|several|many|informed|reliable|the)[\s\u00a0]+)?sources?[\s\u00a0]+(?:say|says|said|claim|claimed|suggest|suggested|told|tell|indicate|indicated|believe|believed)\b|\baccording[\s\u00a0]+to[\s\u00a0]+(?:(?:some|unnamed|anonymous|several|many|informed|reliable)[\s\u00a0]+)?sources\b(?![\s\u00a0]+(?:close|familiar|in|at|with|inside|within|who)\b)/giu;

/** "Sources say" without the source's role. */
export function sourcesSayRule(document: StyleDocument): Advisory[] {
  return document.blocks.flatMap((block) =>
    proseMatches(block, SOURCES_SAY).map((match) => advise(block, 'sources-say', MESSAGES['sources-say'], match.index, match.index + match[0].length)),
  );
}
