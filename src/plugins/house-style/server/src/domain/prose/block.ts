import type { Field } from '../types';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'table' | 'title' | 'deck';

/**
 * A run of prose as a reader sees it (markup, tags and link targets gone), with the offset in the stored text of each
 * of its characters, so a match in `text` maps back to an exact range of the Markdown.
 */
export interface Block {
  field: Field;
  kind: BlockKind;
  text: string;
  /** `text` with what is not the writer's prose (quotations, code, URLs, template tags) blanked to spaces. */
  prose: string;
  /** The stored-text offset of each character of `text`. */
  pos: number[];
  /** Quotations in `text`, quote marks included, as [start, end) indices. */
  quotes: Array<[number, number]>;
  /** The whole text is in italics (the closing sourcing line is). */
  italic: boolean;
}

/** Where a range of `text` lies in the stored text, and whether it lies there in one piece (no markup inside it). */
export function sourceRange(block: Block, from: number, to: number): { start: number; end: number; contiguous: boolean } {
  const start = block.pos[from];
  const end = block.pos[to - 1] + 1;
  return { start, end, contiguous: end - start === to - from };
}

/** A plain-text field (headline, standfirst): every character is where it is stored. */
export function plainBlock(field: Field, kind: BlockKind, text: string): Omit<Block, 'prose' | 'quotes'> {
  return { field, kind, text, pos: Array.from(text, (_, index) => index), italic: false };
}
