/**
 * The few XML pieces feeds and sitemaps share. Text reaches XML from editors, imports and pasted copy, so every value
 * is cleaned of characters XML 1.0 forbids (a parser rejects the whole document for one of them) and then escaped.
 */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Everything outside XML 1.0's Char production: C0 controls other than tab, line feed and carriage return, lone
 * surrogates (the `u` flag reads a string by code points, so only unpaired halves fall outside the ranges), U+FFFE
 * and U+FFFF.
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITY_OF: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Text made safe for element content and for attribute values in either kind of quotes. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => ENTITY_OF[char]);
}

/**
 * Markup carried verbatim in a CDATA section. A CDATA section cannot contain "]]>", so each one is split across two
 * sections: "]]" ends the first, ">" starts the second, and a parser joins them back into the original text.
 */
export function cdata(text: string): string {
  return `<![CDATA[${stripInvalidXmlChars(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** Attributes in the order given, values escaped. */
function attributesOf(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}

/** `<name attr="…">text</name>` with the text and attribute values escaped. */
export function textElement(name: string, text: string, attributes: Record<string, string> = {}): string {
  return `<${name}${attributesOf(attributes)}>${escapeXml(text)}</${name}>`;
}

/** `<name attr="…"/>`, for elements that say everything in their attributes (atom:link). */
export function emptyElement(name: string, attributes: Record<string, string>): string {
  return `<${name}${attributesOf(attributes)}/>`;
}
