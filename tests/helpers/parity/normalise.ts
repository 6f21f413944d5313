import { parseFragment, type ParsedElement, type ParsedNode } from './dom';
import { COMPARED_ATTRIBUTES, INTENDED_DIFFERENCES, type IntendedDifference, type SiteContext } from './intended-differences';

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'th',
  'td',
  'tr',
  'thead',
  'tbody',
  'table',
  'figure',
  'figcaption',
  'blockquote',
  'div',
  'ol',
  'ul',
  'dl',
  'pre',
  'hr',
]);
const isBlock = (node: ParsedNode | undefined) => node !== undefined && typeof node !== 'string' && BLOCKS.has(node.name);

function applyDifferences(nodes: ParsedNode[], differences: readonly IntendedDifference[], site: SiteContext): ParsedNode[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [node];
    let current: ParsedNode[] | ParsedElement = node;
    for (const difference of differences) {
      if (Array.isArray(current)) break;
      current = difference.rewrite(current, site) ?? current;
    }
    if (Array.isArray(current)) return applyDifferences(current, differences, site);
    return [{ ...current, children: applyDifferences(current.children, differences, site) }];
  });
}

/**
 * One line per element and text run, indented by depth: the text whitespace-collapsed (and trimmed where it meets a
 * block's edge, as a browser shows it), each element with the compared attributes only, sorted by name. Two renderings are at parity when these
 * lines are equal; as an array, a difference shows as the lines that differ.
 */
function lines(nodes: ParsedNode[], depth: number, inBlock: boolean): string[] {
  const indent = '  '.repeat(depth);
  return nodes.flatMap((node, index) => {
    if (typeof node !== 'string') {
      const attributes = Object.entries(node.attributes)
        .filter(([name]) => COMPARED_ATTRIBUTES.includes(name))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => ` ${name}="${value.replace(/\s+/g, ' ').trim()}"`);
      return [`${indent}<${node.name}${attributes.join('')}>`, ...lines(node.children, depth + 1, BLOCKS.has(node.name))];
    }
    let text = node.replace(/\s+/g, ' ');
    if ((inBlock && index === 0) || isBlock(nodes[index - 1])) text = text.trimStart();
    if ((inBlock && index === nodes.length - 1) || isBlock(nodes[index + 1])) text = text.trimEnd();
    return text.trim() ? [`${indent}${JSON.stringify(text)}`] : [];
  });
}

/** A rendered body as the parity tests compare it, with the intended differences of its side applied. */
export function normalise(html: string, side: 'jekyll' | 'cms', site: SiteContext): string[] {
  const differences = INTENDED_DIFFERENCES.filter((difference) => difference.side === side || difference.side === 'both');
  return lines(applyDifferences(parseFragment(html), differences, site), 0, true);
}
