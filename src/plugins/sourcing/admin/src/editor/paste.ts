import TurndownService from 'turndown';

const DROPPED = new Set(['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'img', 'svg', 'video', 'audio', 'head', 'title', 'meta', 'link']);
const UNWRAPPED = new Set(['code', 'kbd', 'samp', 'del', 's', 'u', 'sub', 'sup', 'mark', 'font', 'small', 'big']);

/**
 * Pasted HTML (a web page, a word processor) as the newsroom's Markdown: words, links and emphasis kept, everything
 * else dropped — headings, lists, tables, images, styles, classes, spans, scripts and comments. turndown (maintained,
 * used by Joplin and Obsidian's web clipper) parses the HTML with the browser's own parser in the admin panel; the
 * rules below narrow it to what an editor pastes into running text.
 */
export function pasteConverter(): TurndownService {
  const service = new TurndownService({ emDelimiter: '*', strongDelimiter: '**', linkStyle: 'inlined' });
  // A rule, not turndown's remove(): its own rules (images among them) come before the removed elements.
  service.addRule('dropped', {
    filter: (node) => DROPPED.has(node.nodeName.toLowerCase()),
    replacement: () => '',
  });
  // Only links a reader can follow survive; any other address (javascript:, a word processor's file://) keeps its words.
  service.addRule('webLinks', {
    filter: (node) => node.nodeName === 'A',
    replacement: (content, node) => {
      const href = (node as { getAttribute(name: string): string | null }).getAttribute('href')?.trim() ?? '';
      const words = content.trim();
      if (!words || !/^https?:\/\//i.test(href)) return content;
      return `[${words}](${href.replace(/[ ()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)})`;
    },
  });
  // Word processors write bold and italic as styled spans: kept as the emphasis they show.
  service.addRule('styledEmphasis', {
    filter: (node) => node.nodeName === 'SPAN' && /font-weight\s*:\s*(bold|[6-9]00)/i.test(styleOf(node)),
    replacement: (content) => (content.trim() ? `**${content}**` : content),
  });
  service.addRule('styledItalic', {
    filter: (node) => node.nodeName === 'SPAN' && /font-style\s*:\s*italic/i.test(styleOf(node)),
    replacement: (content) => (content.trim() ? `*${content}*` : content),
  });
  // Structure is the editor's to decide: a heading, list item, quote or table cell becomes a plain paragraph.
  service.addRule('plainBlocks', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'tr', 'dt', 'dd', 'figcaption'],
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
  service.addRule('plainInline', {
    filter: (node) => UNWRAPPED.has(node.nodeName.toLowerCase()),
    replacement: (content) => content,
  });
  service.addRule('lists', { filter: ['ul', 'ol', 'table', 'thead', 'tbody'], replacement: (content) => `\n\n${content}\n\n` });
  service.addRule('cells', { filter: ['td', 'th'], replacement: (content) => ` ${content.trim()} ` });
  service.addRule('rules', { filter: 'hr', replacement: () => '\n\n' });
  return service;
}

function styleOf(node: unknown): string {
  return (node as { getAttribute(name: string): string | null }).getAttribute('style') ?? '';
}

/** Pasted HTML as Markdown for the body, without the blank lines a fragment starts or ends with. */
export function pastedMarkdown(html: string, converter: TurndownService = pasteConverter()): string {
  return converter
    .turndown(html.replace(/<!--[\s\S]*?-->/g, ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
