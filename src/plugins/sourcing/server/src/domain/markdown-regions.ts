import MarkdownIt from 'markdown-it';

// Where a body's text is code, HTML or Markdown text, as a CommonMark renderer reads it: the sanitizer cleans each
// region by its own rules (sanitize-body.ts).

// Bodies are read with the options every renderer here uses: raw HTML on, so HTML blocks are where readers meet them.
export const markdown = new MarkdownIt({ html: true });

export type RegionKind = 'code' | 'html' | 'text' | 'other';

export interface Region {
  kind: RegionKind;
  start: number;
  end: number;
}

/** The body cut into runs of whole lines: code blocks, HTML blocks, Markdown text (one block each) and the rest. */
export function regionsOf(text: string): Region[] {
  const lineStarts = [0];
  const lineEnds: number[] = [];
  const breaks = /\r\n?|\n/g;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
  }
  lineEnds.push(text.length);

  const kinds: RegionKind[] = lineStarts.map(() => 'other');
  const blockOf: number[] = lineStarts.map((_, line) => -1 - line);
  let enclosing: [number, number] | null = null;
  let block = 0;
  for (const token of markdown.parse(text, {})) {
    if (token.map && token.nesting >= 0) enclosing = token.map as [number, number];
    const kind: RegionKind | null =
      token.type === 'fence' || token.type === 'code_block' ? 'code' : token.type === 'html_block' ? 'html' : token.type === 'inline' ? 'text' : null;
    const map = (token.map as [number, number] | null) ?? (kind === 'text' ? enclosing : null);
    if (!kind || !map) continue;
    block += 1;
    for (let line = map[0]; line < map[1] && line < kinds.length; line += 1) {
      // A table row's cells are one run of text.
      if (kinds[line] === 'text' && kind === 'text') continue;
      kinds[line] = kind;
      blockOf[line] = block;
    }
  }

  const regions: Region[] = [];
  for (let line = 0; line < lineStarts.length; line += 1) {
    const last = regions[regions.length - 1];
    if (last && blockOf[line] > 0 && blockOf[line - 1] === blockOf[line]) last.end = lineEnds[line];
    else regions.push({ kind: kinds[line], start: lineStarts[line], end: lineEnds[line] });
  }
  return regions;
}

/**
 * The code spans of a run of Markdown text, as [start, end) offsets: a backtick string not escaped, and the next
 * backtick string of the same length. In one pass, as markdown-it does, however many backticks there are.
 */
export function codeSpansOf(text: string): Array<[number, number]> {
  const runsByLength = new Map<number, number[]>();
  for (const run of text.matchAll(/`+/g)) {
    const starts = runsByLength.get(run[0].length) ?? [];
    starts.push(run.index);
    runsByLength.set(run[0].length, starts);
  }
  if (runsByLength.size === 0) return [];
  const searched = new Map<number, number>();
  const spans: Array<[number, number]> = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (char !== '`') {
      index += 1;
      continue;
    }
    let run = index;
    while (text[run] === '`') run += 1;
    const length = run - index;
    const starts = runsByLength.get(length) ?? [];
    let next = searched.get(length) ?? 0;
    while (next < starts.length && starts[next] < run) next += 1;
    searched.set(length, next);
    if (next >= starts.length) {
      index = run;
      continue;
    }
    const close = starts[next] + length;
    spans.push([index, close]);
    index = close;
  }
  return spans;
}
