import MarkdownIt from 'markdown-it';
import type { Field } from '../types';
import { plainBlock, type Block, type BlockKind } from './block';
import { allItalic, visibleText } from './inline';
import { blankNonProse, findQuotes } from './quotes';

/** A block-level construct the guide speaks of, by where it stands in the body. */
export interface Construct {
  start: number;
  end: number;
}

/** What the rules read: the prose blocks of body, headline and standfirst, and the body's structure. */
export interface StyleDocument {
  markdown: string;
  blocks: Block[];
  lists: Construct[];
  blockQuotes: Construct[];
  /** Web links in the body (Markdown and HTML), as written. */
  links: string[];
  /** Words in the body's prose, quotations included. */
  words: number;
}

// A maintained CommonMark parser decides what is a paragraph, a list, code or a link, as every renderer of the body
// does; "text_join" is off so entities and escapes stay separate tokens carrying their source spelling.
const parser = new MarkdownIt({ html: true, linkify: false, typographer: false }).disable('text_join');

// Bounded, so an "<a" never closed costs linear time.
const HTML_LINK = /<a\s[^>]{0,500}?href\s*=\s*["']?(https?:[^"'\s>]+)/gi;

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let index = source.indexOf('\n'); index >= 0; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function finish(block: Omit<Block, 'prose' | 'quotes'>): Block {
  const quotes = findQuotes(block.text);
  return { ...block, quotes, prose: blankNonProse(block.text, quotes) };
}

function construct(source: string, starts: number[], map: [number, number]): Construct {
  const from = starts[map[0]];
  const to = map[1] < starts.length ? starts[map[1]] : source.length;
  const text = source.slice(from, to);
  return { start: from + (text.length - text.trimStart().length), end: from + text.trimEnd().length };
}

function bodyBlocks(source: string): Omit<StyleDocument, 'markdown' | 'words'> {
  const starts = lineStarts(source);
  const blocks: Block[] = [];
  const lists: Construct[] = [];
  const blockQuotes: Construct[] = [];
  const links: string[] = [];
  const open: string[] = [];
  let cursor = 0;
  for (const token of parser.parse(source, {})) {
    if (token.nesting === 1) open.push(token.type);
    if (token.nesting === -1) open.pop();
    if ((token.type === 'bullet_list_open' || token.type === 'ordered_list_open') && token.map && !open.slice(0, -1).some((type) => type.endsWith('list_open')))
      lists.push(construct(source, starts, token.map));
    if (token.type === 'blockquote_open' && token.map && open.filter((type) => type === 'blockquote_open').length === 1)
      blockQuotes.push(construct(source, starts, token.map));
    if (token.map && token.nesting !== -1) cursor = Math.max(cursor, starts[token.map[0]] ?? cursor);
    if (token.type === 'html_block') for (const match of token.content.matchAll(HTML_LINK)) links.push(match[1]);
    if (token.type !== 'inline' || !token.children) continue;
    for (const child of token.children) {
      if (child.type === 'link_open' && /^https?:/i.test(child.attrGet('href') ?? '')) links.push(child.attrGet('href') as string);
      if (child.type === 'html_inline') for (const match of child.content.matchAll(HTML_LINK)) links.push(match[1]);
    }
    const { visible, cursor: after } = visibleText(token.children, source, cursor);
    cursor = after;
    blocks.push(finish({ field: 'body', kind: kindOf(open), text: visible.text, pos: visible.pos, italic: allItalic(token.children) }));
  }
  return { blocks, lists, blockQuotes, links };
}

function kindOf(open: string[]): BlockKind {
  if (open.includes('table_open')) return 'table';
  if (open.includes('blockquote_open')) return 'blockquote';
  if (open.includes('list_item_open')) return 'list-item';
  return open.includes('heading_open') ? 'heading' : 'paragraph';
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export const countWords = (text: string): number => text.match(WORD)?.length ?? 0;

/** Reads body, headline and standfirst into the blocks and constructs the rules look at. */
export function readDocument(markdown: string, title = '', deck = ''): StyleDocument {
  const body = bodyBlocks(markdown);
  const extra: Array<[Field, BlockKind, string]> = [
    ['title', 'title', title],
    ['deck', 'deck', deck],
  ];
  const blocks = [...body.blocks, ...extra.filter(([, , text]) => text.trim() !== '').map(([field, kind, text]) => finish(plainBlock(field, kind, text)))];
  const words = body.blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  return { markdown, ...body, blocks, words };
}
