import { Parser } from 'htmlparser2';

/** An element of a rendered body, as the parity tests compare it. */
export interface ParsedElement {
  name: string;
  attributes: Record<string, string>;
  children: ParsedNode[];
}
export type ParsedNode = ParsedElement | string;

const VOID = new Set(['img', 'br', 'hr', 'input', 'meta', 'link', 'source', 'wbr']);

/** A fragment of HTML as a tree, entities decoded, with htmlparser2 (the parser the sourcing plugin reads bodies with). */
export function parseFragment(html: string): ParsedNode[] {
  const root: ParsedElement = { name: '#root', attributes: {}, children: [] };
  const open: ParsedElement[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: ParsedElement = { name, attributes, children: [] };
        open[open.length - 1].children.push(element);
        if (!VOID.has(name)) open.push(element);
      },
      ontext(text) {
        open[open.length - 1].children.push(text);
      },
      onclosetag(name) {
        if (!VOID.has(name) && open.length > 1) open.pop();
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return root.children;
}
