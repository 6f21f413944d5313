import type MarkdownIt from 'markdown-it';

// kramdown's typographic symbols; markdown-it's own "replacements" also turn (c), (tm) and +- into signs, which
// kramdown leaves as typed.
const SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/---/g, '\u2014'],
  [/--/g, '\u2013'],
  [/\.\.\./g, '\u2026'],
  [/<< /g, '\u00ab\u00a0'],
  [/ >>/g, '\u00a0\u00bb'],
  [/<</g, '\u00ab'],
  [/>>/g, '\u00bb'],
];

export function kramdownSymbols(text: string): string {
  return SYMBOLS.reduce((result, [pattern, symbol]) => result.replace(pattern, symbol), text);
}

/**
 * Quotes and dashes as kramdown prints them: markdown-it's smart quotes (typographer on), its other replacements off,
 * and kramdown's dashes, ellipsis and guillemets in text (never in code, which is a token of its own).
 */
export function kramdownTypography(md: MarkdownIt): void {
  md.set({ typographer: true, quotes: '\u201c\u201d\u2018\u2019' });
  md.core.ruler.disable('replacements');
  md.core.ruler.after('replacements', 'kramdown_symbols', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline') continue;
      for (const token of block.children ?? []) if (token.type === 'text') token.content = kramdownSymbols(token.content);
    }
  });
}
