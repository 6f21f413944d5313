import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { HIGHLIGHT_COLOURS } from '../constants';
import { classifyHref } from './link-target';

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

// Schemes a Markdown link must never carry; the browser ignores whitespace and control characters inside a scheme.
const DANGEROUS_SCHEME = /^(javascript|vbscript|data|file):/i;

const markdown = new MarkdownIt();

function htmlOptions(siteUrls: readonly string[]): sanitizeHtml.IOptions {
  return {
    ...INLINE_HTML,
    transformTags: {
      a: (tagName, attribs) => {
        const target = classifyHref(attribs.href ?? '', siteUrls);
        // A link a reader must not follow keeps its words and loses its address.
        if (target.kind === 'other') return { tagName: 'span', attribs: {} };
        const { rel: _rel, ...rest } = attribs;
        const external = target.kind === 'web' && !target.isInternal;
        return { tagName, attribs: external ? { ...rest, rel: EXTERNAL_REL } : rest };
      },
    },
  };
}

/** Jekyll's `{{ '/path' | relative_url }}` becomes the site-relative path it stands for. */
export function resolveLiquidLinks(text: string): string {
  return text.replace(/\{\{\s*(['"])(.*?)\1\s*\|\s*relative_url\s*\}\}/g, (_tag, _quote, path: string) => (path.startsWith('/') ? path : `/${path}`));
}

// Markdown autolinks (<https://…>) look like tags to an HTML sanitizer, which would drop them; written as ordinary
// Markdown links they keep their address and go through the same link check as every other link.
function expandAutolinks(text: string): string {
  return text.replace(/<((?:https?):\/\/[^\s<>]+)>/gi, (_match, url: string) => `[${url}](${url})`);
}

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

/** Markdown links to a script or data address lose the address and keep their words. */
function dropDangerousMarkdownLinks(text: string): string {
  let output = text;
  let searchFrom = output.length;
  while (searchFrom > 0) {
    const close = output.lastIndexOf('](', searchFrom - 1);
    if (close < 0) break;
    searchFrom = close;
    let start = close + 2;
    while (/[ \t\n]/.test(output[start] ?? '')) start += 1;
    const destination = markdown.helpers.parseLinkDestination(output, start, output.length);
    if (!destination.ok) continue;
    const scheme = destination.str.replace(/[\u0000-\u0020]/g, '');
    if (!DANGEROUS_SCHEME.test(scheme)) continue;
    const open = findLabelStart(output, close);
    const end = output.indexOf(')', destination.pos);
    if (open < 0 || end < 0) continue;
    output = `${output.slice(0, open)}${output.slice(open + 1, close)}${output.slice(end + 1)}`;
    searchFrom = open;
  }
  return output.replace(/^(\s{0,3}\[[^\]]+\]:\s*)(\S+)/gm, (line, head: string, url: string) =>
    DANGEROUS_SCHEME.test(url.replace(/[\u0000-\u0020]/g, '')) ? `${head}#` : line,
  );
}

// The HTML sanitizer escapes every ">" in text; at the start of a line it is Markdown's blockquote marker.
function restoreBlockquotes(text: string): string {
  return text.replace(/^((?:[ \t]*&gt;)+)/gm, (markers) => markers.replace(/&gt;/g, '>'));
}

/**
 * Cleans a Markdown body with the newsroom's inline HTML: keeps Markdown, <mark> with its colour class, links to
 * http(s) or site-relative addresses (external ones get rel="noopener noreferrer"), social handles and simple inline
 * formatting; drops scripts, event handlers, styles, script and data addresses and unknown tags. Running it on its own
 * output changes nothing.
 */
export function sanitizeBody(text: string, siteUrls: readonly string[] = []): string {
  // NUL carries nothing a reader sees, and PostgreSQL cannot store it.
  const html = sanitizeHtml(expandAutolinks(resolveLiquidLinks(text.replace(/\u0000/g, ''))), htmlOptions(siteUrls));
  return dropDangerousMarkdownLinks(restoreBlockquotes(html));
}
