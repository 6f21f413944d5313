import { escapeHtml } from './preview-page';
import { foldText, WORD } from './search-text';

/** How many words a snippet shows, and how many of them come before its first match. */
export const SNIPPET_WORDS = 30;
const LEAD_WORDS = 6;

const SUFFIXES = ['ingly', 'edly', 'ings', 'ing', 'ies', 'ied', 'es', 'ed', 'ly', 's'];

/**
 * A light English stem, only for marking words in a snippet: the engines decide what matches (Porter on SQLite, the
 * Snowball English stemmer on PostgreSQL); this marks "voting", "votes" and "voted" for a search of "vote" as they do.
 */
export function lightStem(word: string): string {
  let stem = word;
  if (stem.length > 3 && !stem.endsWith('ss')) {
    const suffix = SUFFIXES.find((ending) => stem.endsWith(ending) && stem.length - ending.length >= 3);
    if (suffix) stem = suffix === 'ies' || suffix === 'ied' ? `${stem.slice(0, -3)}y` : stem.slice(0, -suffix.length);
  }
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem)) stem = stem.slice(0, -1);
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

interface Token {
  start: number;
  end: number;
  matched: boolean;
}

function tokensOf(text: string, stems: ReadonlySet<string>): Token[] {
  return [...text.matchAll(WORD)].map((found) => ({
    start: found.index,
    end: found.index + found[0].length,
    matched: stems.has(lightStem(foldText(found[0]))),
  }));
}

/** Where the window with the most matched words starts (a little before its first match, for context). */
function bestStart(tokens: Token[]): number {
  let best = { start: 0, count: 0 };
  tokens.forEach((token, index) => {
    if (!token.matched) return;
    const start = Math.max(0, index - LEAD_WORDS);
    const count = tokens.slice(start, start + SNIPPET_WORDS).filter((candidate) => candidate.matched).length;
    if (count > best.count) best = { start, count };
  });
  return best.start;
}

/**
 * A passage of `text` around the searched words, HTML-escaped, each matched word in `<mark>`: the window of
 * SNIPPET_WORDS words holding the most matches, with "…" where the text goes on. A text that matched only by its
 * title gives its opening words, unmarked.
 */
export function snippetOf(text: string, words: readonly string[]): string {
  const tokens = tokensOf(text, new Set(words.map(lightStem)));
  if (tokens.length === 0) return '';
  const start = bestStart(tokens);
  const shown = tokens.slice(start, start + SNIPPET_WORDS);
  const last = shown[shown.length - 1];
  let html = start > 0 ? '…' : '';
  let at = shown[0].start;
  for (const token of shown) {
    html += escapeHtml(text.slice(at, token.start));
    const word = escapeHtml(text.slice(token.start, token.end));
    html += token.matched ? `<mark>${word}</mark>` : word;
    at = token.end;
  }
  const rest = text.slice(at);
  // Closing punctuation right after the last word belongs to it; the rest of the text is an ellipsis.
  const trailing = /^[^\p{L}\p{N}\s]*/u.exec(rest)?.[0] ?? '';
  html += escapeHtml(trailing);
  return last.end + trailing.length < text.trimEnd().length ? `${html}…` : html;
}
