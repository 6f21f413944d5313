import { renderBodyHtml } from '../../../src/plugins/delivery/server/src/domain/body-html';
import { kramdownHeadingId, uniqueIds } from '../../../src/plugins/sourcing/server/src/domain/markdown/heading-ids';
import { kramdownSymbols } from '../../../src/plugins/sourcing/server/src/domain/markdown/typography';

describe('kramdownHeadingId', () => {
  it.each([
    ['Heading One', 'heading-one'],
    ['What\'s new? Čevapi & "Ćuprija" 2026!', 'whats-new-čevapi--ćuprija-2026'],
    ['1. Numbered heading', '1-numbered-heading'],
    ['A *bold* word_here', 'a-bold-word_here'],
  ])('turns "%s" into "%s" as Jekyll does', (source, id) => {
    expect(kramdownHeadingId(source)).toBe(id);
  });

  it('numbers a repeated id from 1, counting each base on its own', () => {
    const next = uniqueIds();
    expect(['a', 'a', 'b', 'a'].map(next)).toEqual(['a', 'a-1', 'b', 'a-2']);
  });
});

describe('kramdownSymbols', () => {
  it("turns dashes, ellipses and guillemets into kramdown's signs and leaves (c), (tm) and +- as typed", () => {
    expect(kramdownSymbols('a -- b --- c... << d >> (c) (tm) +-')).toBe('a \u2013 b \u2014 c\u2026 \u00ab\u00a0d\u00a0\u00bb (c) (tm) +-');
  });
});

describe('renderBodyHtml reads Markdown as Jekyll 4 with kramdown does', () => {
  it.each([
    ['smart quotes', "He said \"yes\" and it's 'fine'.", '<p>He said \u201cyes\u201d and it\u2019s \u2018fine\u2019.</p>'],
    ['the apostrophe of a decade', "the '90s", '<p>the \u201990s</p>'],
    [
      "a highlight's quote exactly as typed, as kramdown leaves a mark's content",
      '"A" <mark>"b" it\'s -- c</mark>',
      '<p>\u201cA\u201d <mark>"b" it\'s -- c</mark></p>',
    ],
    ['dashes but no code', 'a -- b `c -- d`', '<p>a \u2013 b <code>c -- d</code></p>'],
    ['heading ids, repeated ones numbered', '## Votes\n\n## Votes', '<h2 id="votes">Votes</h2>\n<h2 id="votes-1">Votes</h2>'],
    ['an id from an attribute list under a heading', '## Sources\n{: #notes}', '<h2 id="notes">Sources</h2>'],
    ['a class from an attribute list under a paragraph', 'Lead.\n{: .lead}', '<p class="lead">Lead.</p>'],
    ['a class from an attribute list above a paragraph', '{: .aside}\nText.', '<p class="aside">Text.</p>'],
    ['the classes of lists above and under one paragraph together', '{: .a}\nText.\n{: .b}', '<p class="a b">Text.</p>'],
    ['an id from a list standing alone above a paragraph', '{: #context}\n\nText.', '<p id="context">Text.</p>'],
    ['a class from a list after emphasis', 'An *key*{: .term} word.', '<p>An <em class="term">key</em> word.</p>'],
    ['prose in braces as text', 'Write to {name}.', '<p>Write to {name}.</p>'],
    ['definition lists', 'Term\n: Meaning', '<dl>\n<dt>Term</dt>\n<dd>Meaning</dd>\n</dl>'],
    ['abbreviations', 'The EU.\n\n*[EU]: European Union', '<p>The <abbr title="European Union">EU</abbr>.</p>'],
    ['images with alt and title', '![Map](/m.png "The map")', '<p><img src="/m.png" alt="Map" title="The map" /></p>'],
    [
      'figures with captions',
      '<figure><img src="/c.png" alt="C"><figcaption>Cap</figcaption></figure>',
      '<figure><img src="/c.png" alt="C" /><figcaption>Cap</figcaption></figure>',
    ],
    ['an old colour class and a mark id', '<mark class="purple" data-mark="m1">q</mark>', '<p><mark class="purple" data-mark="m1">q</mark></p>'],
  ])('renders %s', (_case, body, html) => {
    expect(renderBodyHtml(body)).toBe(html);
  });

  it("renders footnotes with kramdown's ids, links and list", () => {
    expect(renderBodyHtml('A claim[^src].\n\n[^src]: The source.')).toBe(
      '<p>A claim<sup id="fnref:src"><a href="#fn:src" class="footnote">1</a></sup>.</p>\n' +
        '<div class="footnotes">\n<ol>\n<li id="fn:src"><p>The source. <a href="#fnref:src" class="reversefootnote">\u21a9</a></p>\n</li>\n</ol>\n</div>',
    );
  });

  it.each([
    ['an attribute list setting a handler or a style', 'Text.\n{: onclick="alert(1)" style="x" .ok}', '<p class="ok">Text.</p>'],
    ['an id that is not a plain name', '<mark id="a b">q</mark>', '<p><mark>q</mark></p>'],
    ['an image from a script address', '![x](javascript:alert(1)) <img src="data:image/png;base64,AA">', '<p>![x](javascript:alert(1)) </p>'],
    ['an image from a relative path', '<img src="x.png" alt="x">', ''],
    [
      "a table cell's alignment style",
      '| a |\n|:-:|\n| b |',
      '<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n</tbody>\n</table>',
    ],
  ])('leaves out %s', (_case, body, html) => {
    expect(renderBodyHtml(body)).toBe(html);
  });
});
