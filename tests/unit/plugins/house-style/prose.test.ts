import { readDocument } from '../../../../src/plugins/house-style/server/src/domain/prose/document';
import { findQuotes } from '../../../../src/plugins/house-style/server/src/domain/prose/quotes';
import { sourceRange } from '../../../../src/plugins/house-style/server/src/domain/prose/block';

const bodyText = (markdown: string) => readDocument(markdown).blocks.map((block) => block.text);
const prose = (markdown: string) => readDocument(markdown).blocks.map((block) => block.prose.replace(/\s+/g, ' ').trim());

describe('the prose the rules read', () => {
  it('is the text a reader sees: tags, link targets and emphasis marks gone', () => {
    expect(bodyText('A [<mark class="yellow">claim</mark>](https://example.org/a_(b)) and *more*.')).toEqual(['A claim and more.']);
  });

  it('maps every character back to its place in the stored Markdown', () => {
    const markdown = 'Intro.\n\nThe <mark>organization</mark> &amp; [its](https://x.org) color.';
    const block = readDocument(markdown).blocks[1];
    for (const word of ['organization', 'color', 'its']) {
      const at = block.text.indexOf(word);
      const { start, end, contiguous } = sourceRange(block, at, at + word.length);
      expect([markdown.slice(start, end), contiguous]).toEqual([word, true]);
    }
  });

  it('reports a range that spans markup as not contiguous', () => {
    const block = readDocument('An <mark>organ</mark>ization.').blocks[0];
    expect(sourceRange(block, 3, 15).contiguous).toBe(false);
  });

  it('blanks quotations, code, URLs and template tags', () => {
    expect(prose('He said "we organize" with `color` at https://example.org/color {{ site.color }} today.')).toEqual(['He said with at today.']);
  });

  it('leaves code blocks and HTML blocks out altogether', () => {
    expect(bodyText('```\ncolor\n```\n\n<div class="x">color</div>\n\nProse.')).toEqual(['Prose.']);
  });

  it('pairs curly double quotes, and runs an unclosed straight quote to the end of its paragraph', () => {
    expect(findQuotes('a “b” c "d')).toEqual([
      [2, 5],
      [8, 10],
    ]);
  });

  it('reads an apostrophe as an apostrophe, not the end of a single-quoted phrase', () => {
    expect(findQuotes('Dodik’s ‘proxy’ rule')).toEqual([[8, 15]]);
  });

  it('counts the words of the body', () => {
    expect(readDocument('One two three.\n\n## Four five', 'Not counted').words).toBe(5);
  });
});
