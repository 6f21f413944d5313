import type sanitizeHtml from 'sanitize-html';
import { classifyHref } from './link-target';

/** Inline HTML an article body or fact-check text may carry besides its Markdown. */
export const INLINE_TAGS = ['a', 'mark', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'br', 'abbr', 'code'];

/** Pictures the old site's posts carry as HTML: an image, or an image with its caption. */
export const MEDIA_TAGS = ['img', 'figure', 'figcaption'];

/** Every element a body may carry as HTML. */
export const BODY_TAGS = [...INLINE_TAGS, ...MEDIA_TAGS];

/**
 * A class a body may name where the newsroom has no fixed list (a mark colour of the old site's, an attribute list's
 * class): a plain CSS identifier, so it can only ever select, never break out of the attribute or smuggle markup.
 */
export const SAFE_CLASS = /^[A-Za-z][\w-]*$/;

/**
 * An id in a rendered body: letters (any script), digits, "_", "-", ":" and "." only, as kramdown's heading ids
 * ("čevapi--ćuprija", "1-votes") and footnote ids ("fn:1") are; no spaces, quotes or markup.
 */
export const SAFE_ID = /^[\p{L}\p{N}_][\p{L}\p{M}\p{N}_:.-]*$/u;

/** An image's width or height as a number of pixels. */
export const PIXELS = /^\d{1,5}$/;

/**
 * The allow-list for that HTML: highlight colours (the newsroom's, or any safe class the old site used), the
 * plain-link class, social handles; links to web pages only, images from web pages or the site only. Whoever renders
 * a body to readers starts from the same list.
 */
export const INLINE_HTML = {
  allowedTags: BODY_TAGS,
  allowedAttributes: {
    a: ['href', 'class', 'rel', 'title'],
    mark: ['class', 'data-mark'],
    span: ['class'],
    abbr: ['title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
  },
  allowedClasses: { mark: [SAFE_CLASS], a: ['plain'], span: ['social-handle'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
} satisfies sanitizeHtml.IOptions;

export const EXTERNAL_REL = 'noopener noreferrer';

const allowedClasses: Record<string, ReadonlyArray<string | RegExp>> = INLINE_HTML.allowedClasses;

/** Whether the allow-list keeps this class on this element. */
export function classAllowed(tagName: string, className: string): boolean {
  return (allowedClasses[tagName] ?? []).some((allowed) => (typeof allowed === 'string' ? allowed === className : allowed.test(className)));
}

/** Whether an image's address is one a reader's browser may load: a web page's or the site's own, nothing else. */
export function imageSourceAllowed(src: string): boolean {
  const target = classifyHref(src);
  return target.kind === 'web' || target.kind === 'site';
}
