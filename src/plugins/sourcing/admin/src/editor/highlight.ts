import type { HighlightColour } from '../../../server/src/constants';
import { findMarks, markAt, type MarkRange } from './marks';

/** One replacement in the Markdown text (CodeMirror's change shape). */
export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/** What an editing command does: the changes and where the highlighted words end up. */
export interface Edit {
  changes: TextChange[];
  /** The quoted words after the changes, so the editor can keep them selected. */
  selection: { from: number; to: number };
}

/** The opening tag the newsroom writes for a colour: the default (blue) has no class. */
export function openTag(colour: HighlightColour): string {
  return colour === 'default' ? '<mark>' : `<mark class="${colour}">`;
}

/** Selected words with their surrounding spaces left outside the mark, so "  word " marks "word". */
function trimmed(text: string, from: number, to: number): { from: number; to: number } {
  const words = text.slice(from, to);
  const start = from + (words.length - words.trimStart().length);
  return { from: start, to: Math.max(start, to - (words.length - words.trimEnd().length)) };
}

/**
 * Highlights the selected words in a colour; on a highlight already there, changes its colour instead (its link stays).
 * Null when there is nothing to highlight (an empty selection outside any mark).
 */
export function highlight(text: string, from: number, to: number, colour: HighlightColour): Edit | null {
  const existing = markAt(findMarks(text), from, to);
  if (existing) {
    const tag = openTag(colour);
    const shift = tag.length - (existing.openTo - existing.openFrom);
    return {
      changes: [{ from: existing.openFrom, to: existing.openTo, insert: tag }],
      selection: { from: existing.quoteFrom + shift, to: existing.quoteTo + shift },
    };
  }
  const words = trimmed(text, from, to);
  if (words.from === words.to) return null;
  const tag = openTag(colour);
  return {
    changes: [
      { from: words.from, to: words.from, insert: tag },
      { from: words.to, to: words.to, insert: '</mark>' },
    ],
    selection: { from: words.from + tag.length, to: words.to + tag.length },
  };
}

/** Takes a highlight away and keeps its words: the mark and the source link written around it both go. */
export function removeHighlight(text: string, from: number, to = from): Edit | null {
  const mark = markAt(findMarks(text), from, to);
  if (!mark) return null;
  return { changes: [{ from: mark.from, to: mark.to, insert: mark.quote }], selection: { from: mark.from, to: mark.from + mark.quote.length } };
}

/** An address as a Markdown link destination: spaces and brackets escaped so the link cannot end early. */
export function linkDestination(url: string): string {
  return url.trim().replace(/[ ()<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Links a highlight to its source: `[<mark …>quote</mark>](url)`, as the sourcing plugin reads it. A highlight already
 * linked (in Markdown or with an HTML `<a>`) is written again with the new address.
 */
export function linkHighlight(mark: MarkRange, text: string, url: string): Edit {
  const destination = linkDestination(url);
  const written = `[${text.slice(mark.openFrom, mark.closeTo)}](${destination})`;
  const quoteFrom = mark.from + 1 + (mark.quoteFrom - mark.openFrom);
  return { changes: [{ from: mark.from, to: mark.to, insert: written }], selection: { from: quoteFrom, to: quoteFrom + mark.quote.length } };
}
