import type MarkdownIt from 'markdown-it';

// kramdown's typographic symbols; markdown-it's own "replacements" also turn (c), (tm) and +- into signs, which
// kramdown leaves as typed.
const SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  // kramdown's one smart-quote rule markdown-it lacks: the apostrophe of a decade ("the '90s").
  [/'(?=\d\ds)/g, '\u2019'],
  [/---/g, '\u2014'],
  [/--/g, '\u2013'],
  [/\.\.\./g, '\u2026'],
  [/<< /g, '\u00ab\u00a0'],
  [/ >>/g, '\u00a0\u00bb'],
  [/<</g, '\u00ab'],
  [/>>/g, '\u00bb'],
];

const AS_TYPED: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019]/g, "'"],
  [/[\u201c\u201d]/g, '"'],
  [/\u2014/g, '---'],
  [/\u2013/g, '--'],
  [/\u2026/g, '...'],
  [/\u00ab\u00a0?/g, '<<'],
  [/\u00a0?\u00bb/g, '>>'],
];

/**
 * Text with kramdown's quotes and signs turned back into what was typed, so words can be compared whether or not they
 * were shown typographically (a mark's words are shown as typed, the same words outside a mark are not).
 */
export function asTyped(text: string): string {
  return AS_TYPED.reduce((result, [pattern, typed]) => result.replace(pattern, typed), text);
}

export function kramdownSymbols(text: string): string {
  return SYMBOLS.reduce((result, [pattern, symbol]) => result.replace(pattern, symbol), text);
}

/**
 * Inline HTML elements whose content kramdown leaves as written (its "raw" content model: every element it does not
 * list as holding Markdown, so HTML5's mark among them): no smart quotes or dashes there. The old site's highlights
 * show the quote exactly as typed, and so do ours.
 */
const RAW_SPANS = new Set(['mark', 'u', 's', 'code', 'kbd', 'samp', 'var']);
const TAG = /^<(\/?)([A-Za-z][\w-]*)/;

/** Text inside those elements is turned into HTML written as it is, which no typographic rule touches. */
function keepRawSpansAsWritten(md: MarkdownIt, children: MarkdownIt.Token[]): void {
  let depth = 0;
  for (const token of children) {
    const tag = token.type === 'html_inline' ? TAG.exec(token.content) : null;
    if (tag && RAW_SPANS.has(tag[2].toLowerCase())) depth = Math.max(0, depth + (tag[1] ? -1 : 1));
    else if (depth > 0 && token.type === 'text') {
      token.type = 'html_inline';
      token.content = md.utils.escapeHtml(token.content);
    }
  }
}

/**
 * Quotes and dashes as kramdown prints them: markdown-it's smart quotes (typographer on), its other replacements off,
 * and kramdown's dashes, ellipsis and guillemets in text (never in code, which is a token of its own).
 */
export function kramdownTypography(md: MarkdownIt): void {
  md.set({ typographer: true, quotes: '\u201c\u201d\u2018\u2019' });
  md.core.ruler.disable('replacements');
  md.core.ruler.before('replacements', 'kramdown_raw_spans', (state) => {
    for (const block of state.tokens) if (block.type === 'inline') keepRawSpansAsWritten(md, block.children ?? []);
  });
  md.core.ruler.after('replacements', 'kramdown_symbols', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline') continue;
      for (const token of block.children ?? []) if (token.type === 'text') token.content = kramdownSymbols(token.content);
    }
  });
}
