import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/** Text the hostile body carries around its payloads, to show the page still renders what is harmless. */
export const HARMLESS_TEXT = 'The ferry left Split at dawn.';

/**
 * A body an attacker could get into the database around the save path (a restore, an old import): every payload here
 * runs script in a browser that renders it as it is, each setting a flag on the page that frames the preview.
 */
export const HOSTILE_BODY = [
  `${HARMLESS_TEXT} <script>parent.__xss=1</script>`,
  '',
  '<img src=x onerror="parent.__xss=1">',
  '',
  '[a Markdown link](javascript:parent.__xss=1) and <a href="javascript:parent.__xss=1">an HTML link</a>',
  '',
  '<a href=" jav&#x09;ascript:parent.__xss=1">an obfuscated link</a>',
  '',
  '<svg onload="parent.__xss=1"><circle r="1"></circle></svg>',
  '',
  '<iframe src="javascript:parent.__xss=1"></iframe>',
  '',
  '<p onclick="parent.__xss=1" style="background:url(javascript:parent.__xss=1)">A paragraph with handlers.</p>',
].join('\n');

// Elements that run script, load another document or hold markup a browser treats specially.
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'link', 'meta', 'base', 'form']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc']);

/** The page's head may carry its own meta tags; only what sits in the body counts. */
function bodyElements(html: string): Element[] {
  const document = parseDocument(html);
  const body = DomUtils.findOne((node) => node.name === 'body', document.children) ?? document;
  return DomUtils.findAll(() => true, 'children' in body ? body.children : []);
}

/** Everything in the HTML's body that could run script: active elements, on* attributes, script URLs, styles. */
export function activeContent(html: string): string[] {
  const problems: string[] = [];
  for (const element of bodyElements(html)) {
    if (ACTIVE_ELEMENTS.has(element.name)) problems.push(`<${element.name}>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) problems.push(`${element.name}[${name}]`);
      if (name === 'style') problems.push(`${element.name}[style]`);
      if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u001f]/g, '')))
        problems.push(`${element.name}[${name}=${value}]`);
    }
  }
  return problems;
}
