import type MarkdownIt from 'markdown-it';
import attrs from 'markdown-it-attrs';

type Token = MarkdownIt.Token;
type StateCore = Parameters<MarkdownIt['core']['process']>[0];

/** A line that is only a kramdown block attribute list, such as "{: #sources}". */
const ONLY_AN_ATTRIBUTE_LIST = /^\{:([^}\n]*)\}$/;

const isList = (token: Token | undefined): token is Token => token?.type === 'text' && ONLY_AN_ATTRIBUTE_LIST.test(token.content);
const inside = (list: string) => ONLY_AN_ATTRIBUTE_LIST.exec(list)?.[1].trim() ?? '';

/**
 * Puts a list at the end of a block's inline content, where markdown-it-attrs reads it. A list already there (a
 * paragraph with one above and one below) takes this one's ids and classes too, as kramdown merges them.
 */
function appendList(state: StateCore, inline: Token, list: string): void {
  const children = inline.children ?? [];
  const last = children[children.length - 1];
  if (isList(last) && children[children.length - 2]?.type === 'softbreak') {
    last.content = `{: ${inside(list)} ${inside(last.content)}}`;
    return;
  }
  const token = new state.Token('text', '', 0);
  token.content = ` ${list}`;
  inline.children = [...children, token];
}

/**
 * Hands each list kramdown gives to a neighbouring block to that block: a list on the line under a heading (markdown-it
 * reads it as a paragraph of its own), on the line above a paragraph, or alone above a paragraph. The heading's text
 * (its content) stays as written: kramdown's id is read from it.
 */
function moveListsToTheirBlocks(state: StateCore): void {
  const tokens = state.tokens;
  for (let index = tokens.length - 3; index >= 0; index -= 1) {
    const [open, inline] = [tokens[index], tokens[index + 1]];
    if (open.type !== 'paragraph_open' || inline.type !== 'inline') continue;
    const children = inline.children ?? [];
    if (isList(children[0]) && children[1]?.type === 'softbreak') {
      inline.children = children.slice(2);
      appendList(state, inline, children[0].content);
      continue;
    }
    if (!ONLY_AN_ATTRIBUTE_LIST.test(inline.content)) continue;
    const heading = tokens[index - 3];
    const next = tokens[index + 3];
    if (heading?.type === 'heading_open' && heading.map && open.map && open.map[0] === heading.map[1]) {
      appendList(state, tokens[index - 2], inline.content);
      tokens.splice(index, 3);
    } else if (next?.type === 'paragraph_open' && tokens[index + 4]?.type === 'inline') {
      appendList(state, tokens[index + 4], inline.content);
      tokens.splice(index, 3);
    }
  }
}

/**
 * kramdown's inline attribute lists ("{: .lead}", "{: #id}", "*word*{: .x}") through markdown-it-attrs. Only its "{:"
 * form is read, so prose in braces ("{name}") stays text as kramdown leaves it, and only ids and classes are taken:
 * whatever else a list sets (a style, a handler) is left out here and refused again by the allow-list.
 */
export function kramdownAttributeLists(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'kramdown_attribute_list_places', moveListsToTheirBlocks);
  md.use(attrs, { leftDelimiter: '{:', rightDelimiter: '}', allowedAttributes: ['id', 'class'] });
}
