import { BODY_TAGS, classAllowed, EXTERNAL_REL, imageSourceAllowed, INLINE_HTML, PIXELS } from './allow-list';
import { classifyHref } from './link-target';
import { codeSpansOf, markdown } from './markdown-regions';
import { isScriptAddress } from './script-links';
import { constructAt, isProseTag, RAW_TEXT_ELEMENTS, strayJudge, type Construct } from '../../../../../domain/markup';

const allowedAttributes: Record<string, readonly string[]> = INLINE_HTML.allowedAttributes;

const attributeText = ([name, value]: [string, string]) => ` ${name}="${value.replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`;

interface TagResult {
  text: string;
  /** What its closing tag becomes: `<a>` to an address a reader cannot follow becomes a `<span>`. */
  closesAs?: string;
}

/**
 * An allowed tag as stored: only allowed attributes and classes, links to web pages with the right rel, images from
 * web pages or the site.
 */
function cleanAllowedTag(tag: Extract<Construct, { kind: 'open' }>, siteUrls: readonly string[]): TagResult {
  const name = tag.name.toLowerCase();
  const allowed = allowedAttributes[name] ?? [];
  const seen = new Set<string>();
  const kept: Array<[string, string]> = [];
  let unchanged = true;
  let href: string | undefined;
  let src: string | undefined;
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
      const classes = value.split(/\s+/).filter((className) => classAllowed(name, className));
      if (classes.join(' ') !== value) unchanged = false;
      if (classes.length > 0) kept.push(['class', classes.join(' ')]);
      continue;
    }
    if (attributeName === 'href') href = value;
    if (attributeName === 'src') src = value;
    if ((attributeName === 'width' || attributeName === 'height') && !PIXELS.test(value)) {
      unchanged = false;
      continue;
    }
    kept.push([attributeName, value]);
  }
  // An image a browser must not load (a script or data address, another page's relative path) is removed whole.
  if (name === 'img' && !imageSourceAllowed(decodeEntities(src ?? ''))) return { text: '' };
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

export interface ScanOptions {
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
export function scanRegion(text: string, kind: 'text' | 'html' | 'other', options: ScanOptions): string {
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
      if (construct.kind === 'open' && BODY_TAGS.includes(name)) {
        const cleaned = cleanAllowedTag(construct, options.siteUrls);
        output += cleaned.text;
        if (name === 'a') closings.push(cleaned.closesAs);
      } else if (construct.kind === 'close' && BODY_TAGS.includes(name)) {
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
