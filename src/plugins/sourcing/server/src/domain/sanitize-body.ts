import MarkdownIt from 'markdown-it';
import type sanitizeHtml from 'sanitize-html';
import { HIGHLIGHT_COLOURS } from '../constants';
import { classifyHref } from './link-target';
import { constructAt, isProseTag, RAW_TEXT_ELEMENTS, strayJudge, type Construct } from '../../../../../domain/markup';

/** Inline HTML an article body or fact-check text may carry besides its Markdown. */
export const INLINE_TAGS = ['a', 'mark', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'br', 'abbr', 'code'];

/**
 * The allow-list for that inline HTML: highlight colours, the plain-link class, social handles; links to web pages
 * only. Whoever renders a body to readers starts from the same list.
 */
export const INLINE_HTML = {
  allowedTags: INLINE_TAGS,
  allowedAttributes: { a: ['href', 'class', 'rel', 'title'], mark: ['class'], span: ['class'], abbr: ['title'] },
  allowedClasses: { mark: [...HIGHLIGHT_COLOURS], a: ['plain'], span: ['social-handle'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
} satisfies sanitizeHtml.IOptions;

export const EXTERNAL_REL = 'noopener noreferrer';

// Schemes a link must never carry. Checked once entities and backslash escapes are read and the whitespace and
// control characters a browser ignores inside an address are gone.
const DANGEROUS_SCHEME = /^(javascript|vbscript|data|file):/i;

// Bodies are read with the options every renderer here uses: raw HTML on, so HTML blocks are where readers meet them.
const markdown = new MarkdownIt({ html: true });
// The same reading without markdown-it's own refusal of script links: what a renderer without that refusal would link.
const permissive = new MarkdownIt({ html: true });
permissive.validateLink = () => true;

/** Is this address (entities and backslash escapes read) one a reader must not be sent to? */
export function isScriptAddress(address: string): boolean {
  return DANGEROUS_SCHEME.test(address.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

/** Jekyll's `{{ '/path' | relative_url }}` becomes the site-relative path it stands for. */
export function resolveLiquidLinks(text: string): string {
  return text.replace(/\{\{\s*(['"])(.*?)\1\s*\|\s*relative_url\s*\}\}/g, (_tag, _quote, path: string) => (path.startsWith('/') ? path : `/${path}`));
}

// ---------------------------------------------------------------------------------------------------------------------
// Where the text is code, HTML or Markdown text, as a CommonMark renderer reads it.

type RegionKind = 'code' | 'html' | 'text' | 'other';

interface Region {
  kind: RegionKind;
  start: number;
  end: number;
}

/** The body cut into runs of whole lines: code blocks, HTML blocks, Markdown text (one block each) and the rest. */
function regionsOf(text: string): Region[] {
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
function codeSpansOf(text: string): Array<[number, number]> {
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

// ---------------------------------------------------------------------------------------------------------------------
// Tags.

const allowedAttributes = INLINE_HTML.allowedAttributes as Record<string, string[]>;
const allowedClasses = INLINE_HTML.allowedClasses as Record<string, string[]>;

const attributeText = ([name, value]: [string, string]) => ` ${name}="${value.replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`;

interface TagResult {
  text: string;
  /** What its closing tag becomes: `<a>` to an address a reader cannot follow becomes a `<span>`. */
  closesAs?: string;
}

/** An allowed inline tag as stored: only allowed attributes and classes, links to web pages with the right rel. */
function cleanAllowedTag(tag: Extract<Construct, { kind: 'open' }>, siteUrls: readonly string[]): TagResult {
  const name = tag.name.toLowerCase();
  const allowed = allowedAttributes[name] ?? [];
  const seen = new Set<string>();
  const kept: Array<[string, string]> = [];
  let unchanged = true;
  let href: string | undefined;
  for (const attribute of tag.attributes) {
    const attributeName = attribute.name.toLowerCase();
    const first = !seen.has(attributeName);
    seen.add(attributeName);
    // A link's rel is set below; a browser keeps the first of two attributes of one name.
    if (name === 'a' && attributeName === 'rel' && first) continue;
    if (!first || !allowed.includes(attributeName)) {
      unchanged = false;
      continue;
    }
    const value = attribute.value ?? '';
    if (/[<>]/.test(value) || attribute.value === undefined) unchanged = false;
    if (attributeName === 'class') {
      const classes = value.split(/\s+/).filter((className) => (allowedClasses[name] ?? []).includes(className));
      if (classes.join(' ') !== value) unchanged = false;
      if (classes.length > 0) kept.push(['class', classes.join(' ')]);
      continue;
    }
    if (attributeName === 'href') href = value;
    kept.push([attributeName, value]);
  }
  if (name === 'a') {
    const target = classifyHref(decodeEntities(href ?? ''), siteUrls);
    // A link a reader must not follow keeps its words and loses its address.
    if (target.kind === 'other') return { text: '<span>', closesAs: '</span>' };
    const external = target.kind === 'web' && !target.isInternal;
    const rel = tag.attributes.find((attribute) => attribute.name.toLowerCase() === 'rel');
    if (external !== (rel !== undefined) || (rel && rel.value !== EXTERNAL_REL)) unchanged = false;
    if (external) kept.push(['rel', EXTERNAL_REL]);
  }
  if (unchanged) return { text: tag.raw };
  return { text: `<${name}${kept.map(attributeText).join('')}${tag.selfClosing ? ' /' : ''}>` };
}

/** An attribute value as a browser reads it: entities decoded; a backslash is only a backslash in HTML. */
function decodeEntities(value: string): string {
  return markdown.utils.unescapeAll(value.replace(/\\/g, '\\\\'));
}

interface ScanOptions {
  /** Saving cleans what is markup; rendering only turns what is prose into text, for markdown-it and sanitize-html. */
  purpose: 'save' | 'render';
  /** Whether code spans are left alone (they are, unless the renderer's reading disagreed with ours). */
  codeSpans: boolean;
  siteUrls: readonly string[];
}

/**
 * One region's HTML: allowed tags cleaned, other tags removed (their words stay), script and style removed with their
 * content, comments removed; a "<" that opens nothing (prose) left as it is when saving and written `&lt;` for
 * rendering; in an HTML block, a "<" that a browser would read as a tag that does something written `&lt;`. Code spans
 * are left alone in Markdown text, and backslash escapes are honoured there; in an HTML block neither means anything.
 */
function scanRegion(text: string, kind: 'text' | 'html' | 'other', options: ScanOptions): string {
  const markdownText = kind === 'text';
  const spans = markdownText && options.codeSpans ? codeSpansOf(text) : [];
  const closings: Array<string | undefined> = [];
  const strayIsHarmless = strayJudge(text);
  let output = '';
  let index = 0;
  let span = 0;
  const save = options.purpose === 'save';
  while (index < text.length) {
    if (span < spans.length && spans[span][0] === index) {
      output += text.slice(index, spans[span][1]);
      index = spans[span][1];
      span += 1;
      continue;
    }
    const char = text[index];
    if (markdownText && char === '\\' && /[!-/:-@[-`{-~]/.test(text[index + 1] ?? '')) {
      output += text.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char !== '<') {
      output += char;
      index += 1;
      continue;
    }
    // A construct ends before the next code span: the renderer reads whichever starts first.
    const limit = span < spans.length ? spans[span][0] : text.length;
    const construct = constructAt(text, index, limit);
    const end = construct ? index + construct.raw.length : index + 1;
    if (construct?.kind === 'autolink') {
      const safe = construct.email || !isScriptAddress(construct.url);
      output += safe ? construct.raw : `&lt;${construct.raw.slice(1)}`;
      index = end;
      continue;
    }
    if (construct && (construct.kind === 'open' || construct.kind === 'close') && isProseTag(construct)) {
      output += save ? '<' : '&lt;';
      index += 1;
      continue;
    }
    if (construct && !save) {
      output += construct.raw;
      index = end;
      continue;
    }
    if (construct) {
      const name = 'name' in construct ? construct.name.toLowerCase() : '';
      if (construct.kind === 'open' && INLINE_TAGS.includes(name)) {
        const cleaned = cleanAllowedTag(construct, options.siteUrls);
        output += cleaned.text;
        if (name === 'a') closings.push(cleaned.closesAs);
      } else if (construct.kind === 'close' && INLINE_TAGS.includes(name)) {
        output += name === 'a' ? (closings.pop() ?? construct.raw) : construct.raw;
      } else if (construct.kind === 'open' && RAW_TEXT_ELEMENTS.has(name) && !construct.selfClosing) {
        const closing = new RegExp(`</${name}\\s*>`, 'i').exec(text.slice(end, limit));
        index = closing ? end + closing.index + closing[0].length : limit;
        continue;
      }
      index = end;
      continue;
    }
    // A "<" that starts nothing complete. In Markdown text every CommonMark renderer shows it as text; in an HTML block
    // it is passed on raw, and a browser reads on from it.
    const next = text[index + 1] ?? '';
    const opensSomething = /[A-Za-z/!?]/.test(next);
    if (!save) output += opensSomething ? '&lt;' : '<';
    else if (markdownText || !opensSomething) output += '<';
    else output += next !== '!' && next !== '?' && strayIsHarmless(index) ? '<' : '&lt;';
    index += 1;
  }
  return output;
}

// ---------------------------------------------------------------------------------------------------------------------
// Markdown links and link reference definitions.

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
function dropDangerousLinks(text: string, codeSpans: Array<[number, number]>): string {
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

// ---------------------------------------------------------------------------------------------------------------------
// One pass, the check of its result, and the sanitizer.

function pass(text: string, options: ScanOptions): string {
  let output = '';
  let position = 0;
  for (const region of regionsOf(text)) {
    output += text.slice(position, region.start);
    position = region.end;
    const original = text.slice(region.start, region.end);
    if (region.kind === 'code') {
      output += original;
      continue;
    }
    const markdownText = region.kind === 'text' && options.codeSpans;
    const linked = options.purpose === 'save' ? dropDangerousLinks(original, markdownText ? codeSpansOf(original) : []) : original;
    output += scanRegion(linked, region.kind, options);
  }
  return output + text.slice(position);
}

/** Repeats a pass until it changes nothing: what one pass removes can change how the next reads the blocks. */
function settle(text: string, options: ScanOptions): string {
  let current = text;
  for (let round = 0; round < 8; round += 1) {
    const next = pass(current, options);
    if (next === current) return current;
    current = next;
  }
  return current;
}

const htmlIsClean = (html: string, siteUrls: readonly string[]): boolean => scanRegion(html, 'html', { purpose: 'save', codeSpans: false, siteUrls }) === html;

/**
 * Does a CommonMark renderer with raw HTML on, and no refusal of script links of its own, find anything in this text
 * that the allow-list would change: raw HTML, a link or image to a script or data address, a definition of one?
 */
function renderersAgree(text: string, siteUrls: readonly string[]): boolean {
  const env: { references?: Record<string, { href: string }> } = {};
  const tokens = permissive.parse(text, env);
  if (Object.values(env.references ?? {}).some((reference) => isScriptAddress(reference.href))) return false;
  for (const token of tokens) {
    if (token.type === 'html_block' && !htmlIsClean(token.content, siteUrls)) return false;
    for (const child of token.children ?? []) {
      if (child.type === 'html_inline' && !htmlIsClean(child.content, siteUrls)) return false;
      const address = child.attrGet('href') ?? child.attrGet('src');
      if (address !== null && isScriptAddress(address)) return false;
    }
  }
  return true;
}

/**
 * Cleans a Markdown body with the newsroom's inline HTML. Markdown is text: it is stored as written, and a "<" that
 * does not open a tag ("If x<y and y>z", "a<b and b>c", "<name>", "->", "<3"), and everything in code spans and code
 * blocks, stays exactly as sent. Markup is cleaned: <mark> with its colour class, links to http(s) or site-relative
 * addresses (external ones get rel="noopener noreferrer"), social handles and simple inline formatting are kept;
 * scripts, styles, comments, event handlers, unknown elements (their words stay), script and data addresses in HTML,
 * Markdown links and link reference definitions are removed. A "<" that a browser would read as a tag that does
 * something, where it starts nothing complete, is written `&lt;`. Running it on its own output changes nothing.
 *
 * Code spans are found as CommonMark finds them; should a renderer read the result otherwise (a backtick inside a
 * link address, a table cell), the body is cleaned again with code spans read as text, so that nothing runs.
 */
export function sanitizeBody(text: string, siteUrls: readonly string[] = []): string {
  // NUL carries nothing a reader sees, and PostgreSQL cannot store it.
  const input = resolveLiquidLinks(text.replace(/\u0000/g, ''));
  const cleaned = settle(input, { purpose: 'save', codeSpans: true, siteUrls });
  if (renderersAgree(cleaned, siteUrls)) return cleaned;
  const strict = settle(cleaned, { purpose: 'save', codeSpans: false, siteUrls });
  if (renderersAgree(strict, siteUrls)) return strict;
  // Nothing is left that any reading takes for HTML.
  return dropDangerousLinks(strict.replace(/</g, '&lt;'), []);
}

/**
 * A stored body as markdown-it should read it to show readers what the editor wrote: a "<" that is prose is written
 * `&lt;`, so `a<b and b>c` is shown as written rather than made bold, even inside an HTML block. Markup is left for
 * the renderer's own allow-list.
 */
export function proseAsText(body: string): string {
  return settle(body.replace(/\u0000/g, ''), { purpose: 'render', codeSpans: true, siteUrls: [] });
}
