import sanitizeHtml from 'sanitize-html';
import { classifyHref } from '../../../../sourcing/server/src/domain/link-target';
import { EXTERNAL_REL, imageSourceAllowed, INLINE_HTML, SAFE_CLASS, SAFE_ID } from '../../../../sourcing/server/src/domain/allow-list';
import { proseAsText } from '../../../../sourcing/server/src/domain/sanitize-body';
import { resolveLiquidLinks } from '../../../../sourcing/server/src/domain/liquid-links';
import { kramdownLikeMarkdown } from '../../../../sourcing/server/src/domain/markdown/render';
import { RenderMemo } from './memo';

/**
 * The blocks Markdown renders to, on top of the HTML a body may carry: kramdown's too (definition lists, the footnotes'
 * `div`). No `h1`: the title is the page's one, so a body's "# heading" keeps its words only.
 */
const BLOCK_TAGS = ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
const KRAMDOWN_TAGS = ['dl', 'dt', 'dd', 'div'];
// What an attribute list may give an id and classes to: blocks, and the emphasis a span list follows ("*a*{: .x}").
const STRUCTURE_TAGS = [...BLOCK_TAGS, ...KRAMDOWN_TAGS, 'figure', 'figcaption', 'img', 'sup', 'em', 'strong'];

// Bodies are the old site's Markdown with inline HTML, so they are read as its Jekyll read them.
const markdown = kramdownLikeMarkdown();
// Bodies' HTML kept across cache invalidations: a few thousand articles' worth.
const rendered = new RenderMemo(16 * 1024 * 1024);

const withIds = (tags: readonly string[]) => Object.fromEntries(tags.map((tag) => [tag, ['id', 'class']]));
const safeClasses = (tags: readonly string[]) => Object.fromEntries(tags.map((tag) => [tag, [SAFE_CLASS]]));

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
    allowedTags: [...INLINE_HTML.allowedTags, ...BLOCK_TAGS, ...KRAMDOWN_TAGS],
    allowedAttributes: {
      ...withIds(STRUCTURE_TAGS),
      ...INLINE_HTML.allowedAttributes,
      img: [...INLINE_HTML.allowedAttributes.img, 'id', 'class'],
      ol: ['start', 'id', 'class'],
    },
    // Footnote links are kramdown's own classes; the rest as the allow-list has them.
    allowedClasses: { ...safeClasses(STRUCTURE_TAGS), ...INLINE_HTML.allowedClasses, a: ['plain', 'footnote', 'reversefootnote'] },
    // An image a reader's browser must not load goes whole: a relative path of another page, a script or data address.
    exclusiveFilter: (frame) => frame.tag === 'img' && !imageSourceAllowed(frame.attribs.src ?? ''),
    transformTags: {
      // An id of any other shape (spaces, quotes) is left out rather than written.
      '*': (tagName, attribs) => {
        const { id, ...rest } = attribs;
        return { tagName, attribs: id !== undefined && SAFE_ID.test(id) ? attribs : rest };
      },
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
  const variant = `${options.siteUrl ?? ''} ${options.absolute === true}`;
  // A stored body may keep Jekyll's relative_url links as written; readers get the path they stand for.
  return rendered.render(variant, body, () => sanitizeHtml(markdown.render(proseAsText(resolveLiquidLinks(body))), htmlOptions(options)).trim());
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
