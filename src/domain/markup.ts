/**
 * Where HTML starts in text, read the way CommonMark renderers and browsers read it, so that text which merely
 * contains "<" or ">" ("If x<y and y>z", "a<b and b>c", "<name>", "<3") stays text and only markup is treated as markup.
 * Shared by the plain-text guard (markup is refused) and the rich-text sanitizer (markup is cleaned). Pure: no Strapi,
 * no Markdown parser.
 *
 * A "<" is read in three ways:
 * - a complete construct as CommonMark defines it (open or closing tag, comment, processing instruction, declaration,
 *   CDATA, autolink): the grammar every CommonMark renderer (markdown-it, marked, commonmark.js) passes through as raw
 *   HTML, or links;
 * - a tag as a browser would read it when a renderer passes the text on raw (inside an HTML block) although it is not a
 *   complete CommonMark tag (`<img src=x onerror=alert(1)` with no ">");
 * - text.
 * A complete tag is prose, not markup, when a browser reading it as a tag would get nothing that does anything: an
 * element name HTML does not have (`<y and y>`, `<name>`), or a known one whose "attributes" are plain words
 * (`<b and b>`), with no attribute value and no element that runs or swallows text. A "<" that starts nothing complete
 * is text to every CommonMark renderer in Markdown text; inside an HTML block it is judged as a browser would read it.
 */

// The CommonMark grammar for raw HTML, as markdown-it 14 writes it (lib/common/html_re.mjs).
const ATTR_NAME = '[a-zA-Z_:][a-zA-Z0-9:._-]*';
const ATTR_VALUE = '(?:[^"\'=<>`\\x00-\\x20]+|\'[^\']*\'|"[^"]*")';
const ATTRIBUTE = `(?:\\s+${ATTR_NAME}(?:\\s*=\\s*${ATTR_VALUE})?)`;
const OPEN_TAG = new RegExp(`^<([A-Za-z][A-Za-z0-9-]*)(${ATTRIBUTE}*)\\s*(\\/?)>`);
const CLOSE_TAG = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>/;
const COMMENT = /^(?:<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->)/;
const PROCESSING = /^<[?][\s\S]*?[?]>/;
const DECLARATION = /^<![A-Za-z][^>]*>/;
const CDATA = /^<!\[CDATA\[[\s\S]*?\]\]>/;
const ONE_ATTRIBUTE = new RegExp(`\\s+(${ATTR_NAME})(?:\\s*=\\s*(${ATTR_VALUE}))?`, 'y');
// Autolinks, as markdown-it reads them (lib/rules_inline/autolink.mjs).
const AUTOLINK_URL = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;
const AUTOLINK_EMAIL = /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;

export interface Attribute {
  /** As written. */
  name: string;
  /** As written, entities and all, without its quotes; undefined for an attribute with no value. */
  value?: string;
  quote?: '"' | "'" | '';
}

export type Construct =
  | { kind: 'open'; name: string; attributes: Attribute[]; selfClosing: boolean; raw: string }
  | { kind: 'close'; name: string; raw: string }
  | { kind: 'comment' | 'instruction' | 'declaration' | 'cdata'; raw: string }
  | { kind: 'autolink'; url: string; email: boolean; raw: string };

function parseAttributes(text: string): Attribute[] {
  const attributes: Attribute[] = [];
  ONE_ATTRIBUTE.lastIndex = 0;
  for (let match = ONE_ATTRIBUTE.exec(text); match; match = ONE_ATTRIBUTE.exec(text)) {
    const [, name, written] = match;
    if (written === undefined) attributes.push({ name });
    else if (written.startsWith('"') || written.startsWith("'")) attributes.push({ name, value: written.slice(1, -1), quote: written[0] as '"' | "'" });
    else attributes.push({ name, value: written, quote: '' });
  }
  return attributes;
}

/** The complete CommonMark construct starting at `text[index]` (a "<"), or null. */
export function constructAt(text: string, index: number, end = text.length): Construct | null {
  if (text[index] !== '<') return null;
  // A tag longer than this is read as a browser would read it instead (see readStrayTag).
  const rest = text.slice(index, Math.min(end, index + 20_000));
  const close = rest.indexOf('>');
  if (close > 0) {
    const inside = rest.slice(1, close);
    if (!inside.includes('<')) {
      if (AUTOLINK_URL.test(inside)) return { kind: 'autolink', url: inside, email: false, raw: rest.slice(0, close + 1) };
      if (AUTOLINK_EMAIL.test(inside)) return { kind: 'autolink', url: inside, email: true, raw: rest.slice(0, close + 1) };
    }
  }
  const open = OPEN_TAG.exec(rest);
  if (open) return { kind: 'open', name: open[1], attributes: parseAttributes(open[2]), selfClosing: open[3] === '/', raw: open[0] };
  const closing = CLOSE_TAG.exec(rest);
  if (closing) return { kind: 'close', name: closing[1], raw: closing[0] };
  for (const [kind, pattern] of [
    ['comment', COMMENT],
    ['cdata', CDATA],
    ['declaration', DECLARATION],
    ['instruction', PROCESSING],
  ] as const) {
    const match = pattern.exec(rest);
    if (match) return { kind, raw: match[0] };
  }
  return null;
}

// Element names of HTML, SVG and MathML, old and current: a tag with one of these names is markup, not a placeholder.
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr acronym address animate animatemotion animatetransform annotation annotation-xml applet area article aside ' +
    'audio b base basefont bdi bdo bgsound big blink blockquote body br button canvas caption center circle cite ' +
    'clippath code col colgroup content data datalist dd defs del desc details dfn dialog dir discard div dl dt ' +
    'ellipse em embed feblend fecolormatrix fecomponenttransfer fecomposite feconvolvematrix fediffuselighting ' +
    'fedisplacementmap fedistantlight fedropshadow feflood fefunca fefuncb fefuncg fefuncr fegaussianblur feimage ' +
    'femerge femergenode femorphology feoffset fepointlight fespecularlighting fespotlight fetile feturbulence ' +
    'fieldset figcaption figure filter font footer foreignobject form frame frameset g h1 h2 h3 h4 h5 h6 head header ' +
    'hgroup hr html i iframe image img input ins isindex kbd keygen label legend li line lineargradient link listing ' +
    'main maction map mark marker marquee mask math menu menuitem merror meta metadata meter mfrac mi mmultiscripts mn ' +
    'mo mover mpadded mpath mphantom mprescripts mroot mrow ms mspace msqrt mstyle msub msubsup msup mtable mtd mtext ' +
    'mtr multicol munder munderover nav nextid nobr noembed noframes noscript object ol optgroup option output p param ' +
    'path pattern picture plaintext polygon polyline portal pre progress q radialgradient rb rect rp rt rtc ruby s ' +
    'samp script search section select semantics set shadow slot small source spacer span stop strike strong style sub ' +
    'summary sup svg switch symbol table tbody td template text textarea textpath tfoot th thead time title tr track ' +
    'tref tspan tt u ul use var video view wbr xmp'
  ).split(' '),
);

/**
 * Elements never taken for prose, whatever follows their name: they run script, load something, or switch a browser's
 * reading of what follows (raw text, foreign content), which is where sanitizers are tricked.
 */
export const ACTIVE_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'script style iframe frame frameset object embed applet svg math template noscript xmp plaintext textarea title ' +
    'noembed noframes base meta link form input button select option img image video audio source track picture ' +
    'portal marquee isindex keygen param body html head listing foreignobject annotation-xml'
  ).split(' '),
);

/** Elements whose content goes with them when they are removed: it is code or raw text, not words for readers. */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set('script style textarea noscript xmp iframe noembed noframes title template'.split(' '));

const HTML_ATTRIBUTES = new Set(
  (
    'accesskey autocapitalize autofocus class contenteditable dir draggable enterkeyhint hidden id inert inputmode is ' +
    'itemid itemprop itemref itemscope itemtype lang nonce part popover role slot spellcheck style tabindex title ' +
    'translate href src srcset srcdoc alt width height rel target type name value action method formaction download ' +
    'hreflang media sizes loading decoding crossorigin integrity referrerpolicy ping data poster controls autoplay loop ' +
    'muted defer async nomodule open checked disabled selected readonly required multiple novalidate cite datetime ' +
    'colspan rowspan headers scope start reversed span label for form placeholder pattern min max step maxlength ' +
    'minlength size wrap cols rows accept charset content http-equiv sandbox allow allowfullscreen frameborder ' +
    'background bgcolor color face align valign border xmlns shadowrootmode'
  ).split(' '),
);

/** A name HTML gives meaning to as an attribute: a real one, an event handler, a data-, aria- or namespaced one. */
export function isHtmlAttributeName(name: string): boolean {
  const lower = name.toLowerCase();
  return HTML_ATTRIBUTES.has(lower) || /^(on|data-|aria-|xml|xlink)/.test(lower) || lower.includes(':');
}

/**
 * A complete tag that is prose: `<y and y>`, `<name>`, `</name>`, `<b and b>`, `<y only>`. Never one that names an
 * element that runs or swallows text, nor one with an attribute value. (An attribute without a value does nothing, an
 * event handler's name included: its script is empty.)
 */
export function isProseTag(construct: Construct): boolean {
  if (construct.kind === 'close') return !HTML_ELEMENTS.has(construct.name.toLowerCase());
  if (construct.kind !== 'open') return false;
  const name = construct.name.toLowerCase();
  if (ACTIVE_ELEMENTS.has(name) || construct.attributes.some((attribute) => attribute.value !== undefined)) return false;
  if (!HTML_ELEMENTS.has(name)) return true;
  return construct.attributes.length > 0 && construct.attributes.every((attribute) => !isHtmlAttributeName(attribute.name));
}

const BROWSER_SPACE = /[\t\n\f\r ]/;

// Attributes whose value can run script or load something on an element that is not active itself: event handlers,
// styles, and the addresses of links and the like. Any other value ("E=mc2" read as an attribute) does nothing.
const SCRIPTABLE_ATTRIBUTE =
  /^(on|style$|href$|src$|srcset$|action$|formaction$|data$|srcdoc$|background$|poster$|ping$|dynsrc$|lowsrc$|codebase$|classid$|archive$|longdesc$|usemap$|is$)|:/i;

/** How far a browser reads the tag a stray "<" opens, and whether that tag can do anything. */
export interface StrayTag {
  harmless: boolean;
  /** Where the browser's reading ends: after its ">" (or at the end of the text read), or after what does something. */
  reach: number;
}

/**
 * What a browser makes of a "<" that starts no complete CommonMark construct, were a renderer to pass it on raw (in
 * an HTML block): the tag it opens, read to the next ">" or to `end`, and whether that tag could do anything: an
 * active element, or a handler, style or address with a value. An end tag ("</x") and a "<" not followed by a letter do
 * nothing. So "if x<y then only E=mc2 holds" opens nothing that does anything.
 */
export function readStrayTag(text: string, index: number, end = text.length): StrayTag {
  if (!/[A-Za-z]/.test(text[index + 1] ?? '')) return { harmless: true, reach: index + 1 };
  let position = index + 1;
  let name = '';
  while (position < end && !BROWSER_SPACE.test(text[position]) && text[position] !== '/' && text[position] !== '>') name += text[position++];
  if (ACTIVE_ELEMENTS.has(name.toLowerCase())) return { harmless: false, reach: position };
  while (position < end) {
    const char = text[position];
    if (char === '>') return { harmless: true, reach: position + 1 };
    if (BROWSER_SPACE.test(char) || char === '/') {
      position += 1;
      continue;
    }
    let attribute = text[position++];
    while (position < end && !BROWSER_SPACE.test(text[position]) && !'/>='.includes(text[position])) attribute += text[position++];
    while (position < end && BROWSER_SPACE.test(text[position])) position += 1;
    if (text[position] !== '=') continue;
    if (SCRIPTABLE_ATTRIBUTE.test(attribute)) return { harmless: false, reach: position };
    // The value: quoted to its closing quote, or unquoted to a space or ">".
    position += 1;
    while (position < end && BROWSER_SPACE.test(text[position])) position += 1;
    const quote = text[position];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, position + 1);
      // A value left open runs on into whatever a renderer writes next.
      if (close < 0 || close >= end) return { harmless: false, reach: end };
      position = close + 1;
    } else {
      while (position < end && !BROWSER_SPACE.test(text[position]) && text[position] !== '>') position += 1;
    }
  }
  return { harmless: true, reach: end };
}

/**
 * Judges every stray "<" of a text read raw, in one pass: a "<" inside the reach of a harmless tag before it is part of
 * that tag, not a tag of its own; one inside the reach of a tag that does something is neutralised with it.
 */
export function strayJudge(text: string, end = text.length): (index: number) => boolean {
  let covered = 0;
  let condemned = 0;
  return (index) => {
    if (index < covered) return true;
    if (index < condemned) return false;
    const stray = readStrayTag(text, index, end);
    if (stray.harmless) covered = stray.reach;
    else condemned = stray.reach;
    return stray.harmless;
  };
}

/** Is there markup in this text, read as a browser or a CommonMark renderer reads it? For plain-text fields. */
export function containsMarkup(text: string): boolean {
  const harmless = strayJudge(text);
  for (let index = text.indexOf('<'); index >= 0; index = text.indexOf('<', index + 1)) {
    const construct = constructAt(text, index);
    if (construct) {
      if (construct.kind === 'autolink' || isProseTag(construct)) continue;
      return true;
    }
    const next = text[index + 1] ?? '';
    if (next === '!' || next === '?') return true;
    if (!harmless(index)) return true;
  }
  return false;
}
