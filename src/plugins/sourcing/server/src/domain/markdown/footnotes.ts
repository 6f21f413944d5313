import type MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';

interface FootnoteMeta {
  id: number;
  subId?: number;
  label?: string;
}

const metaOf = (token: MarkdownIt.Token): FootnoteMeta => token.meta as FootnoteMeta;

/** kramdown names a note by its label ("[^sources]" is "fn:sources"); an inline note has none, so its number. */
const nameOf = (meta: FootnoteMeta) => meta.label ?? String(meta.id + 1);

/**
 * Footnotes from markdown-it-footnote, written as kramdown writes them so the old site's links to "#fn:1" and its
 * styles for `.footnotes` keep working: a numbered `<sup id="fnref:1">` reference, and a `<div class="footnotes">`
 * list at the end whose items link back.
 */
export function kramdownFootnotes(md: MarkdownIt): void {
  md.use(footnote);
  const rules = md.renderer.rules;
  rules.footnote_ref = (tokens, index) => {
    const meta = metaOf(tokens[index]);
    const name = nameOf(meta);
    const refId = meta.subId ? `fnref:${name}:${meta.subId}` : `fnref:${name}`;
    return `<sup id="${md.utils.escapeHtml(refId)}"><a href="#fn:${md.utils.escapeHtml(name)}" class="footnote">${meta.id + 1}</a></sup>`;
  };
  rules.footnote_block_open = () => '<div class="footnotes">\n<ol>\n';
  rules.footnote_block_close = () => '</ol>\n</div>\n';
  rules.footnote_open = (tokens, index) => `<li id="fn:${md.utils.escapeHtml(nameOf(metaOf(tokens[index])))}">`;
  rules.footnote_close = () => '</li>\n';
  rules.footnote_anchor = (tokens, index) => ` <a href="#fnref:${md.utils.escapeHtml(nameOf(metaOf(tokens[index])))}" class="reversefootnote">&#8617;</a>`;
}
