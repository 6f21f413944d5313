import type MarkdownIt from 'markdown-it';

// Named through the parser, which the CommonJS and ES module typings of markdown-it both describe alike.
type Token = ReturnType<MarkdownIt['parse']>[number];

/** The characters of an inline run as a reader sees them, each with its offset in the source. */
export interface Visible {
  text: string;
  pos: number[];
}

// Stands in for inline code, so words on either side of it do not join; blanked with the rest of what is not prose.
const CODE = '\uFFFC';

/** Past a link's destination or reference after its text's closing "]": "(…)" with nested parentheses, or "[…]". */
function pastDestination(source: string, at: number): number {
  if (source[at] !== ']') return at;
  const open = source[at + 1];
  if (open !== '(' && open !== '[') return at + 1;
  const close = open === '(' ? ')' : ']';
  let depth = 0;
  for (let index = at + 1; index < source.length; index += 1) {
    if (source[index] === '\\') index += 1;
    else if (source[index] === open) depth += 1;
    else if (source[index] === close && --depth === 0) return index + 1;
  }
  return at + 1;
}

/**
 * Walks an inline token's children along the source from `from`. markdown-it gives inline tokens no offsets, but each
 * text child's content appears verbatim in the source, in order, after the markup before it (entities and escapes
 * come as `text_special` with their source spelling as markup); a child that cannot be found is left out rather than
 * guessed at.
 */
export function visibleText(children: Token[], source: string, from: number): { visible: Visible; cursor: number } {
  let cursor = from;
  let text = '';
  const pos: number[] = [];
  const push = (chars: string, at: number, step: number) => {
    text += chars;
    for (let index = 0; index < chars.length; index += 1) pos.push(at + index * step);
  };
  let autolink = false;
  for (const child of children) {
    switch (child.type) {
      case 'text': {
        const at = source.indexOf(child.content, cursor);
        if (at < 0) break;
        if (autolink) push(CODE, at, 0);
        else push(child.content, at, 1);
        cursor = at + child.content.length;
        break;
      }
      case 'text_special': {
        const at = source.indexOf(child.markup, cursor);
        if (at < 0) break;
        push(child.content, at, 0);
        cursor = at + child.markup.length;
        break;
      }
      case 'code_inline': {
        const at = source.indexOf(child.markup, cursor);
        if (at < 0) break;
        push(CODE, at, 0);
        const closing = source.indexOf(child.markup, source.indexOf(child.content, at + child.markup.length) + child.content.length);
        cursor = closing < 0 ? at + child.markup.length : closing + child.markup.length;
        break;
      }
      case 'html_inline': {
        const at = source.indexOf(child.content, cursor);
        if (at >= 0) cursor = at + child.content.length;
        break;
      }
      case 'softbreak':
      case 'hardbreak': {
        const at = source.indexOf('\n', cursor);
        if (at < 0) break;
        push('\n', at, 0);
        cursor = at + 1;
        break;
      }
      case 'link_open':
        autolink = child.markup === 'autolink';
        break;
      case 'link_close':
        if (autolink) cursor = source.indexOf('>', cursor) + 1 || cursor;
        else cursor = pastDestination(source, cursor);
        autolink = false;
        break;
      case 'image': {
        const at = source.indexOf('![', cursor);
        if (at < 0) break;
        push(CODE, at, 0);
        cursor = pastDestination(source, source.indexOf(']', at + 2 + child.content.length));
        break;
      }
      default:
        break;
    }
  }
  return { visible: { text, pos }, cursor };
}

/** The whole run is set in italics: one emphasis (or <em>/<i>) opens first and closes last, never closing between. */
export function allItalic(children: Token[]): boolean {
  const marks = children.filter((child) => !(child.type === 'text' && child.content.trim() === '') && child.type !== 'softbreak');
  if (marks.length < 3) return false;
  const opens = (child: Token) => child.type === 'em_open' || (child.type === 'html_inline' && /^<(em|i)\b/i.test(child.content));
  const closes = (child: Token) => child.type === 'em_close' || (child.type === 'html_inline' && /^<\/(em|i)>/i.test(child.content));
  if (!opens(marks[0]) || !closes(marks[marks.length - 1])) return false;
  let depth = 0;
  return marks.every((child, index) => {
    if (opens(child)) depth += 1;
    if (closes(child)) depth -= 1;
    return depth > 0 || index === marks.length - 1;
  });
}
