import type { Advisory, RuleId } from '../types';
import { sourceRange, type Block } from './block';

/**
 * An advisory for [from, to) of a block's text. A suggestion is only offered where the range lies in one piece in the
 * stored text: replacing across markup (a tag, an entity) would change more than the words.
 */
export function advise(block: Block, rule: RuleId, message: string, from: number, to: number, suggestion?: string): Advisory {
  const { start, end, contiguous } = sourceRange(block, from, to);
  const advisory: Advisory = { rule, field: block.field, message, start, end };
  if (suggestion !== undefined && contiguous) advisory.suggestion = suggestion;
  return advisory;
}

/** Every match of a global pattern in the block's prose (quotations, code and URLs blanked). */
export const proseMatches = (block: Block, pattern: RegExp): RegExpExecArray[] => [...block.prose.matchAll(pattern)];

/** Whether a word at `index` begins a sentence: only spaces, quote marks or brackets between it and the last full stop. */
export function startsSentence(text: string, index: number): boolean {
  for (let at = index - 1; at >= 0; at -= 1) {
    const char = text[at];
    if (/[\s"“‘'([*_]/.test(char)) continue;
    return /[.!?:]/.test(char);
  }
  return true;
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** The replacement written in the case of the word it replaces: "Organization" → "Organisation", "ORG" stays upper. */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return replacement.toUpperCase();
  if (isCapitalised(original)) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

/** The word before `index` in the text, if any, without its punctuation. */
export function wordBefore(text: string, index: number): string {
  const match = /([\p{L}\p{N}'’$€£.-]+)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return match ? match[1] : '';
}

/** The word after `end` in the text, if any. */
export function wordAfter(text: string, end: number): string {
  const match = /^[\s\u00a0]*([\p{L}\p{N}'’%-]+)/u.exec(text.slice(end, end + 40));
  return match ? match[1] : '';
}
