import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { INLINE_ATTRIBUTES, INLINE_CLASSES, INLINE_TAGS } from '../../../../sourcing/server/src/domain/sanitize-body';

/** The blocks Markdown renders to, on top of the inline HTML a body may carry. */
const BLOCK_TAGS = ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

const EXTERNAL_REL = 'noopener noreferrer';

// Bodies are Markdown with inline HTML; typographer stays off so quotes are printed exactly as the reporter typed them.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

export interface RenderOptions {
  /** When set, site-relative links ("/newsletter") are made absolute under this root: feeds are read off the site. */
  siteUrl?: string;
}

function absoluteUnder(href: string, siteUrl: string | undefined): string {
  if (!siteUrl || !/^\/(?!\/)/.test(href)) return href;
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(href.replace(/^\/+/, ''), root).toString();
}

function htmlOptions(options: RenderOptions): sanitizeHtml.IOptions {
  return {
    allowedTags: [...INLINE_TAGS, ...BLOCK_TAGS],
    allowedAttributes: { ...INLINE_ATTRIBUTES, ol: ['start'] },
    allowedClasses: INLINE_CLASSES,
    allowedSchemes: ['http', 'https'],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      a: (tagName, attribs) => {
        const href = absoluteUnder(attribs.href ?? '', options.siteUrl);
        const external = /^https?:/i.test(href) && !(options.siteUrl && href.startsWith(options.siteUrl));
        const { rel: _rel, target: _target, ...rest } = attribs;
        return { tagName, attribs: { ...rest, href, ...(external ? { rel: EXTERNAL_REL } : {}) } };
      },
    },
  };
}

/**
 * A stored body (Markdown with the newsroom's inline HTML, already cleaned on save) as HTML a frontend can insert:
 * rendered, then passed through the same allow-list again, so a row written around the save path (a database
 * restore, an old import) cannot carry a script to readers. Highlights keep their colour, links their address.
 */
export function renderBodyHtml(body: string | null | undefined, options: RenderOptions = {}): string {
  if (!body) return '';
  return sanitizeHtml(markdown.render(body), htmlOptions(options)).trim();
}

/** The words of a rendered body without markup, for descriptions and summaries. */
export function plainText(html: string): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  // sanitize-html escapes these five in text; "&amp;" last, so "&amp;lt;" stays the "&lt;" it was.
  const decoded = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return decoded.replace(/\s+/g, ' ').trim();
}
