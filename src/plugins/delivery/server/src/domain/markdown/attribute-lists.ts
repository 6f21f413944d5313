import type MarkdownIt from 'markdown-it';
import attrs from 'markdown-it-attrs';

/** A paragraph that is only a kramdown block attribute list, such as "{: #sources}". */
const ONLY_AN_ATTRIBUTE_LIST = /^\{:[^}\n]*\}$/;

/**
 * kramdown's inline attribute lists, "{: .lead}" after a paragraph or "{: #id}" on the line under a heading, through
 * markdown-it-attrs. Only its "{:" form is read, so prose in braces ("{name}") stays text as kramdown leaves it, and
 * only ids and classes are taken: whatever else a list sets (a style, a handler) is left out here and refused again by
 * the allow-list.
 */
export function kramdownAttributeLists(md: MarkdownIt): void {
  // A heading is one line, so markdown-it reads the list under it as a paragraph of its own; kramdown gives it to the
  // heading. Moved onto the heading's line, markdown-it-attrs applies it there.
  md.core.ruler.after('inline', 'kramdown_heading_attribute_list', (state) => {
    const tokens = state.tokens;
    for (let index = tokens.length - 3; index >= 3; index -= 1) {
      const [heading, close, open, inline] = [tokens[index - 3], tokens[index - 1], tokens[index], tokens[index + 1]];
      if (close.type !== 'heading_close' || open.type !== 'paragraph_open' || !ONLY_AN_ATTRIBUTE_LIST.test(inline.content)) continue;
      if (heading.map === null || open.map === null || open.map[0] !== heading.map[1]) continue;
      // The heading's own text (its content) stays as written: kramdown's id is read from it.
      const list = new state.Token('text', '', 0);
      list.content = ` ${inline.content}`;
      tokens[index - 2].children?.push(list);
      tokens.splice(index, 3);
    }
  });
  md.use(attrs, { leftDelimiter: '{:', rightDelimiter: '}', allowedAttributes: ['id', 'class'] });
}
