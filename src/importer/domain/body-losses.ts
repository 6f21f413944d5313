import { HIGHLIGHT_COLOURS } from '../../plugins/sourcing/server/src/constants';
import { BODY_TAGS, imageSourceAllowed, SAFE_CLASS } from '../../plugins/sourcing/server/src/domain/allow-list';
import { codeSpansOf, markdown, regionsOf } from '../../plugins/sourcing/server/src/domain/markdown-regions';
import { constructAt, isProseTag } from '#domain/markup';
import { resolveLiquidLinks } from '../../plugins/sourcing/server/src/domain/liquid-links';

/**
 * What a post's body holds that the CMS stores but cannot show readers as the old site did, each as a line of the
 * import's report with its line number in the file: a Liquid tag Jekyll would have run (the CMS keeps it as text, so
 * readers see it as written), a mark colour that is not one of the newsroom's (kept as written, shown in the default
 * colour), an image whose address is neither a web page's nor the site's (removed, in HTML or Markdown), and HTML the body's allow-list
 * removes (its words stay). Code is left alone: there, all of it is text. Pure: no Strapi import.
 */

const LIQUID = /\{%-?[\s\S]*?-?%\}|\{\{[\s\S]*?\}\}/g;
const MARK_CLASS = /<mark\b[^>]*\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const TAG = /<[a-zA-Z]/g;
// Markdown's own block elements, which a renderer writes anyway, and the HTML a body keeps.
const KEPT_TAGS = new Set([
  ...BODY_TAGS,
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/** The body with its code (blocks and spans) blanked out, line breaks kept, so offsets and line numbers still match. */
function withoutCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\r\n]/g, ' ');
  let output = '';
  let position = 0;
  for (const region of regionsOf(body)) {
    output += body.slice(position, region.start);
    const text = body.slice(region.start, region.end);
    if (region.kind === 'code') output += blank(text);
    else {
      let kept = text;
      if (region.kind === 'text') for (const [start, end] of codeSpansOf(text)) kept = kept.slice(0, start) + blank(kept.slice(start, end)) + kept.slice(end);
      output += kept;
    }
    position = region.end;
  }
  return output + body.slice(position);
}

/** Markdown images (`![alt](a.png)`) from an address readers cannot be sent to, by the offset of their block's line. */
function markdownImageLosses(text: string): Array<{ index: number; line: string }> {
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
  const found: Array<{ index: number; line: string }> = [];
  for (const token of markdown.parse(text, {})) {
    for (const child of token.children ?? []) {
      const src = child.type === 'image' ? (child.attrGet('src') ?? '') : null;
      if (src === null || imageSourceAllowed(src)) continue;
      found.push({ index: lineStarts[token.map?.[0] ?? 0] ?? 0, line: `the image from "${src}" is not kept: only web and site addresses are` });
    }
  }
  return found;
}

export function bodyLosses(source: string, body: string): string[] {
  const at = source.indexOf(body);
  const firstLine = at > 0 ? source.slice(0, at).split('\n').length : 1;
  // Read as readers are shown it: a `{{ '/path' | relative_url }}` link is the path it stands for, so it loses nothing.
  const text = withoutCode(resolveLiquidLinks(body));
  const lineOf = (index: number) => firstLine + text.slice(0, index).split('\n').length - 1;
  const found: Array<{ index: number; line: string }> = [];
  for (const match of text.matchAll(LIQUID)) {
    found.push({ index: match.index, line: `the Liquid tag ${match[0]} is kept as written: the CMS runs no Liquid, so readers see it as text` });
  }
  for (const match of text.matchAll(MARK_CLASS)) {
    const classes = (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/).filter(Boolean);
    for (const colour of classes.filter((name) => !(HIGHLIGHT_COLOURS as readonly string[]).includes(name))) {
      const kept = SAFE_CLASS.test(colour) ? 'kept as written, shown in the default colour' : 'removed, shown in the default colour';
      found.push({ index: match.index, line: `the mark colour "${colour}" is not one of ${HIGHLIGHT_COLOURS.join(', ')}: ${kept}` });
    }
  }
  for (const match of text.matchAll(TAG)) {
    // Only what a browser would read as an element the allow-list does not keep; "x<y and y>z" is prose.
    const construct = constructAt(text, match.index);
    if (construct?.kind !== 'open' || isProseTag(construct)) continue;
    if (construct.name.toLowerCase() === 'img') {
      const src = construct.attributes.find((attribute) => attribute.name.toLowerCase() === 'src')?.value ?? '';
      if (!imageSourceAllowed(src)) found.push({ index: match.index, line: `the image from "${src}" is not kept: only web and site addresses are` });
      continue;
    }
    if (KEPT_TAGS.has(construct.name.toLowerCase())) continue;
    found.push({ index: match.index, line: `<${construct.name.toLowerCase()}> is not kept: the body's allow-list removes it, keeping its words` });
  }
  found.push(...markdownImageLosses(text));
  return found.sort((a, b) => a.index - b.index).map(({ index, line }) => `line ${lineOf(index)}: ${line}`);
}
