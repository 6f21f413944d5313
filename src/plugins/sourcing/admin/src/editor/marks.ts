import { parser } from '@lezer/markdown';
import type { SyntaxNode } from '@lezer/common';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../../server/src/constants';

/** A `<mark>` in the Markdown text as written, with the ranges the editor works on. */
export interface MarkRange {
  /** The whole highlight as written: the mark, and the link around it when the link holds the mark alone. */
  from: number;
  to: number;
  /** The quoted words between `<mark …>` and `</mark>`. */
  quoteFrom: number;
  quoteTo: number;
  quote: string;
  /** The opening tag, to recolour it in place. */
  openFrom: number;
  openTo: number;
  /** The end of the closing `</mark>`. */
  closeTo: number;
  colour: HighlightColour;
  /** The link around the mark, as written, or null for a highlight that is emphasis only. */
  href: string | null;
  /** Where that address is written, when the mark is a Markdown link's whole text (`[<mark>…</mark>](url)`). */
  hrefFrom: number | null;
  hrefTo: number | null;
}

const OPEN_MARK = /^<mark(?:\s[^>]*)?>$/i;
const CLOSE_MARK = /^<\/mark\s*>$/i;
const OPEN_A = /^<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>$/i;
const CLOSE_A = /^<\/a\s*>$/i;

/** The colour a mark's class names, as the server reads it: one of the newsroom's colours, else the default (blue). */
export function colourOfTag(tag: string): HighlightColour {
  const classes = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
  const names = (classes?.[1] ?? classes?.[2] ?? classes?.[3] ?? '').split(/\s+/);
  return HIGHLIGHT_COLOURS.find((colour) => names.includes(colour)) ?? 'default';
}

interface Tag {
  from: number;
  to: number;
  text: string;
  node: SyntaxNode;
}

/** Inline HTML tags as CommonMark reads them (Lezer's Markdown parser): never inside code spans or code blocks. */
function inlineTags(text: string): Tag[] {
  const tags: Tag[] = [];
  parser.parse(text).iterate({
    enter(ref) {
      if (ref.name !== 'HTMLTag') return;
      tags.push({ from: ref.from, to: ref.to, text: text.slice(ref.from, ref.to), node: ref.node });
    },
  });
  return tags;
}

/** The Markdown link whose text is exactly this stretch, with its address. */
function markdownLinkAround(node: SyntaxNode, from: number, to: number): { from: number; to: number; hrefFrom: number; hrefTo: number } | null {
  const link = node.parent;
  if (!link || link.name !== 'Link') return null;
  const marks = link.getChildren('LinkMark');
  const url = link.getChild('URL');
  if (!url || marks.length < 3 || marks[0].to !== from || marks[1].from !== to) return null;
  return { from: link.from, to: link.to, hrefFrom: url.from, hrefTo: url.to };
}

/** Every non-empty `<mark>` in reading order, in the four shapes the archive uses (see the sourcing README). */
export function findMarks(text: string): MarkRange[] {
  const tags = inlineTags(text);
  const found: MarkRange[] = [];
  const open: Tag[] = [];
  tags.forEach((tag, index) => {
    if (OPEN_MARK.test(tag.text)) open.push(tag);
    if (!CLOSE_MARK.test(tag.text)) return;
    const start = open.pop();
    if (!start || !text.slice(start.to, tag.from).trim()) return;
    const mark: MarkRange = {
      from: start.from,
      to: tag.to,
      quoteFrom: start.to,
      quoteTo: tag.from,
      quote: text.slice(start.to, tag.from),
      openFrom: start.from,
      openTo: start.to,
      closeTo: tag.to,
      colour: colourOfTag(start.text),
      href: null,
      hrefFrom: null,
      hrefTo: null,
    };
    const link = markdownLinkAround(start.node, start.from, tag.to);
    if (link) {
      Object.assign(mark, { from: link.from, to: link.to, hrefFrom: link.hrefFrom, hrefTo: link.hrefTo, href: text.slice(link.hrefFrom, link.hrefTo) });
    } else {
      const before = tags[tags.indexOf(start) - 1];
      const after = tags[index + 1];
      const anchor = before && before.to === start.from ? OPEN_A.exec(before.text) : null;
      if (anchor && after && after.from === tag.to && CLOSE_A.test(after.text)) {
        Object.assign(mark, { from: before.from, to: after.to, href: anchor[1] ?? anchor[2] ?? anchor[3] ?? '' });
      }
    }
    found.push(mark);
  });
  return found.sort((a, b) => a.from - b.from);
}

/** The mark holding a position (or touching it), if any. */
export function markAt(marks: readonly MarkRange[], from: number, to = from): MarkRange | null {
  return marks.find((mark) => mark.from <= from && to <= mark.to) ?? null;
}
