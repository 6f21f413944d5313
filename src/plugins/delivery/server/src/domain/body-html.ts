import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { classifyHref } from '../../../../sourcing/server/src/domain/link-target';
import { EXTERNAL_REL, INLINE_HTML } from '../../../../sourcing/server/src/domain/inline-html';
import { proseAsText } from '../../../../sourcing/server/src/domain/sanitize-body';
import { resolveLiquidLinks } from '../../../../sourcing/server/src/domain/liquid-links';

/** The blocks Markdown renders to, on top of the inline HTML a body may carry. */
const BLOCK_TAGS = ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

// Bodies are Markdown with inline HTML; typographer stays off so quotes are printed exactly as the reporter typed them.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

export interface RenderOptions {
  /** The public site's root: links under it are the newsroom's own and get no rel. */
  siteUrl?: string;
  /** Site-relative links ("/newsletter") made absolute under the site root: feeds are read off the site. */
  absolute?: boolean;
}

function htmlOptions({ siteUrl, absolute = false }: RenderOptions): sanitizeHtml.IOptions {
  const siteUrls = siteUrl ? [siteUrl] : [];
  return {
    ...INLINE_HTML,
    allowedTags: [...INLINE_HTML.allowedTags, ...BLOCK_TAGS],
    allowedAttributes: { ...INLINE_HTML.allowedAttributes, ol: ['start'] },
    transformTags: {
      // The same reading of a link as on save: a site path stays on the site, an outside page gets rel, and anything
      // a reader cannot follow keeps its words only.
      a: (tagName, attribs) => {
        const target = classifyHref(attribs.href ?? '', siteUrls);
        if (target.kind === 'other') return { tagName: 'span', attribs: {} };
        const { rel: _rel, target: _target, ...rest } = attribs;
        const href = absolute && target.kind === 'site' && target.url ? target.url : rest.href;
        const external = target.kind === 'web' && !target.isInternal;
        return { tagName, attribs: { ...rest, href, ...(external ? { rel: EXTERNAL_REL } : {}) } };
      },
    },
  };
}

/**
 * A stored body (Markdown with the newsroom's inline HTML, already cleaned on save) as HTML a frontend can insert:
 * rendered, then passed through the same allow-list again, so a row written around the save path (a database
 * restore, an old import) cannot carry a script to readers. Highlights keep their colour, links their address; a "<"
 * that opens no tag ("x<y and y>z") and code are shown as written.
 */
export function renderBodyHtml(body: string | null | undefined, options: RenderOptions = {}): string {
  if (!body) return '';
  // A stored body may keep Jekyll's relative_url links as written; readers get the path they stand for.
  return sanitizeHtml(markdown.render(proseAsText(resolveLiquidLinks(body))), htmlOptions(options)).trim();
}

/** The words of a rendered body without markup, for descriptions and summaries. */
export function plainText(html: string): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  // sanitize-html escapes these five in text; "&amp;" last, so "&amp;lt;" stays the "&lt;" it was.
  const decoded = text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return decoded.replace(/\s+/g, ' ').trim();
}
