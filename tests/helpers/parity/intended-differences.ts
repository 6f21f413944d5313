import { classifyHref } from '../../../src/plugins/sourcing/server/src/domain/link-target';
import type { ParsedElement, ParsedNode } from './dom';

/**
 * Where the CMS's `bodyHtml` may differ from what the old Jekyll site rendered, on purpose. This is the only list of
 * them: the parity tests compare everything else (text, elements, and the attributes below) and fail on any other
 * difference. Each rule rewrites one side's element before the comparison; `undefined` leaves it as it is.
 */

/** Attributes compared: what a reader or a link relies on. */
export const COMPARED_ATTRIBUTES = ['href', 'src', 'alt', 'title', 'id', 'class'];
// Not compared, and why:
// - rel: the CMS adds rel="noopener noreferrer" to outside links (a page it opens cannot reach back), and writes no
//   rel="footnote"; kramdown adds that one to footnote links.
// - role: kramdown's ARIA roles on footnotes (doc-noteref, doc-endnotes…) are not on the allow-list.
// - style: the allow-list takes no style, so a table column's alignment is left to the frontend's stylesheet.
// - event handlers and every other attribute: removed by the allow-list.

export interface SiteContext {
  /** The public site's root, under which the CMS may write the site's own links. */
  siteUrl: string;
}

export interface IntendedDifference {
  why: string;
  /** The side whose elements are rewritten: Jekyll's output, the CMS's bodyHtml, or both alike. */
  side: 'jekyll' | 'cms' | 'both';
  rewrite: (element: ParsedElement, site: SiteContext) => ParsedNode[] | ParsedElement | undefined;
}

const RUNS_CODE = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template']);

/** A site address as the path Jekyll's relative_url wrote (no baseurl: the fixture site sets none). */
function sitePath(address: string, siteUrl: string): string {
  const root = new URL(siteUrl);
  const base = root.pathname.replace(/\/$/, '');
  const path = address.startsWith(root.origin) ? address.slice(root.origin.length) : address;
  return base && path.startsWith(`${base}/`) ? path.slice(base.length) : path;
}

export const INTENDED_DIFFERENCES: readonly IntendedDifference[] = [
  {
    why: 'Code a browser would run (a script, a style, a frame) is removed with its content: the old site passed it on.',
    side: 'jekyll',
    rewrite: (element) => (RUNS_CODE.has(element.name) ? [] : undefined),
  },
  {
    why: 'A link a reader must not follow (javascript:, data:, a relative path) keeps its words only, as a <span>.',
    side: 'jekyll',
    rewrite: (element) =>
      element.name === 'a' && classifyHref(element.attributes.href ?? '').kind === 'other' ? { ...element, name: 'span', attributes: {} } : undefined,
  },
  {
    why: 'An image loads only from a web page or the site itself; any other address removes the image.',
    side: 'jekyll',
    rewrite: (element) => {
      if (element.name !== 'img') return undefined;
      const kind = classifyHref(element.attributes.src ?? '').kind;
      return kind === 'web' || kind === 'site' ? undefined : [];
    },
  },
  {
    why: 'The title is the page\'s one h1: a body\'s "# heading" keeps its words, not the element (nor its id).',
    side: 'jekyll',
    rewrite: (element) => (element.name === 'h1' ? element.children : undefined),
  },
  {
    why: "The site's own links are compared as the path relative_url resolved them to: the CMS may write them under the site's root.",
    side: 'both',
    rewrite: (element, site) => {
      const attributes = { ...element.attributes };
      for (const name of ['href', 'src']) if (attributes[name] !== undefined) attributes[name] = sitePath(attributes[name], site.siteUrl);
      return { ...element, attributes };
    },
  },
];
