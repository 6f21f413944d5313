import MarkdownIt from 'markdown-it';
import { regionsOf, codeSpansOf } from './markdown-regions';
import { scanRegion, type ScanOptions } from './inline-html';
import { dropDangerousLinks, isScriptAddress } from './script-links';
import { liquidLinksStayAsWritten, resolveLiquidLinks } from './liquid-links';

// The same reading as markdown-regions' without markdown-it's own refusal of script links: what a renderer without that
// refusal would link.
const permissive = new MarkdownIt({ html: true });
permissive.validateLink = () => true;

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
 *
 * Jekyll's `{{ '/path' | relative_url }}` is checked as the path it stands for (resolveLiquidLinks). When nothing needs
 * cleaning and each such tag is an attribute's or link's whole address, the body is stored with the tags as written;
 * otherwise it is stored cleaned, the tags resolved.
 */
export function sanitizeBody(text: string, siteUrls: readonly string[] = []): string {
  // NUL carries nothing a reader sees, and PostgreSQL cannot store it.
  const written = text.replace(/\u0000/g, '');
  const input = resolveLiquidLinks(written);
  const cleaned = clean(input, siteUrls);
  // The editor's Markdown is kept, Liquid links as written, when reading them resolved leaves nothing to clean.
  return cleaned === input && liquidLinksStayAsWritten(written) ? written : cleaned;
}

function clean(input: string, siteUrls: readonly string[]): string {
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
