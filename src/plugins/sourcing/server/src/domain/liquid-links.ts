/**
 * Jekyll's `{{ '/path' | relative_url }}` in a body. The stored body keeps such a tag as the editor wrote it (so a post
 * exported back to the site is the Markdown it came from); everything that reads a body for what it shows or links
 * (the sanitizer's checks, highlight extraction, the renderer, the importer's report of losses) reads it through
 * `resolveLiquidLinks`, so the tag means the site-relative path it stands for everywhere.
 */

const LIQUID_LINK = /\{\{\s*(['"])(.*?)\1\s*\|\s*relative_url\s*\}\}/g;

/** Each `{{ '/path' | relative_url }}` becomes the site-relative path it stands for; other Liquid stays as written. */
export function resolveLiquidLinks(text: string): string {
  return text.replace(LIQUID_LINK, (_tag, _quote, path: string) => (path.startsWith('/') ? path : `/${path}`));
}

// A path that cannot end the attribute or construct the tag stands in, whatever quotes surround it.
const PLAIN_PATH = /^[^\s"'<>`\\{}|]*$/;

/**
 * Whether a body's Liquid links may be stored as written: each one is an HTML attribute's whole value, quoted with the
 * other kind of quote than the tag's (`href="{{ '/newsletter' | relative_url }}"`), or a Markdown link's whole
 * destination, and its path holds no quote, space or bracket. There, a reader that does not resolve the tag sees one
 * odd address, never a new attribute or element; anywhere else the body is stored with its links resolved.
 */
export function liquidLinksStayAsWritten(text: string): boolean {
  for (const match of text.matchAll(LIQUID_LINK)) {
    const [tag, quote, path] = match;
    if (!PLAIN_PATH.test(path)) return false;
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    const after = text[match.index + tag.length] ?? '';
    const outer = quote === "'" ? '"' : "'";
    const inAttribute = before === `=${outer}` && after === outer;
    const inLinkDestination = before === '](' && after === ')';
    if (!inAttribute && !inLinkDestination) return false;
  }
  return true;
}
