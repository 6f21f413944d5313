import { markdown } from './markdown-regions';

// Markdown links and link reference definitions to addresses a reader must not be sent to.

// Schemes a link must never carry. Checked once entities and backslash escapes are read and the whitespace and
// control characters a browser ignores inside an address are gone.
const DANGEROUS_SCHEME = /^(javascript|vbscript|data|file):/i;

/** Is this address (entities and backslash escapes read) one a reader must not be sent to? */
export function isScriptAddress(address: string): boolean {
  return DANGEROUS_SCHEME.test(address.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

const inside = (ranges: Array<[number, number]>, index: number) => ranges.some(([start, end]) => index >= start && index < end);

/** Index of the "[" that opens the link text ending just before `closeIndex` ("]"), or -1. */
function findLabelStart(text: string, closeIndex: number): number {
  let depth = 0;
  for (let index = closeIndex; index >= 0; index -= 1) {
    const char = text[index];
    if (text[index - 1] === '\\') continue;
    if (char === ']') depth += 1;
    if (char === '[' && --depth === 0) return index;
  }
  return -1;
}

/**
 * Link reference definitions whose address is a script or data address get "#" for it, keeping their label and title:
 * "]:" then spaces, at most one line break (with the quote markers a continued line carries), then the address. Answers
 * the code spans moved along.
 */
function neutraliseDefinitions(text: string, code: Array<[number, number]>): { text: string; code: Array<[number, number]> } {
  const definition = /\]:[ \t]*(?:\r?\n[ \t>]*)?/g;
  const replacements: Array<[number, number]> = [];
  for (let match = definition.exec(text); match; match = definition.exec(text)) {
    if (inside(code, match.index)) continue;
    const start = match.index + match[0].length;
    const destination = markdown.helpers.parseLinkDestination(text, start, text.length);
    if (!destination.ok || destination.pos === start) continue;
    if (isScriptAddress(destination.str)) replacements.push([start, destination.pos]);
  }
  let output = text;
  let moved = code;
  for (const [start, end] of replacements.reverse()) {
    output = `${output.slice(0, start)}#${output.slice(end)}`;
    const shift = 1 - (end - start);
    moved = moved.map(([from, to]) => (from >= end ? [from + shift, to + shift] : [from, to]));
  }
  return { text: output, code: moved };
}

/**
 * Markdown links to a script or data address lose the address and keep their words; a link reference definition
 * (`[r]: javascript:…`) keeps its label and gets "#" for its address, wherever it stands (a quote, a list, indented, its
 * address on the next line). Code is left alone.
 */
export function dropDangerousLinks(text: string, codeSpans: Array<[number, number]>): string {
  const { text: defined, code } = neutraliseDefinitions(text, codeSpans);
  let output = defined;
  let searchFrom = output.length;
  while (searchFrom > 0) {
    const close = output.lastIndexOf('](', searchFrom - 1);
    if (close < 0) break;
    searchFrom = close;
    if (inside(code, close)) continue;
    let start = close + 2;
    while (/[ \t\r\n]/.test(output[start] ?? '')) start += 1;
    const destination = markdown.helpers.parseLinkDestination(output, start, output.length);
    if (!destination.ok || !isScriptAddress(destination.str)) continue;
    const open = findLabelStart(output, close);
    const end = output.indexOf(')', destination.pos);
    if (open < 0 || end < 0) continue;
    output = `${output.slice(0, open)}${output.slice(open + 1, close)}${output.slice(end + 1)}`;
    searchFrom = open;
  }
  return output;
}
