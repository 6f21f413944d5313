import MarkdownIt from 'markdown-it';
import { renderBodyHtml } from '../../../src/plugins/delivery/server/src/domain/body-html';
import { extractHighlights } from '../../../src/plugins/sourcing/server/src/domain/extract-highlights';
import { proseAsText, sanitizeBody } from '../../../src/plugins/sourcing/server/src/domain/sanitize-body';
import { postBody } from '../../helpers/fixtures';
import { activeContent, HOSTILE_BODY } from '../../helpers/hostile-html';

const SITE = ['https://the-adriatic.github.io/the-adriatic/'];
const clean = (text: string) => sanitizeBody(text, SITE);

describe('sanitizeBody', () => {
  it.each([
    ['a script tag with its content', 'Before<script>alert(1)</script> after', 'Before after'],
    ['an event handler', '<mark class="yellow" onclick="alert(1)">quote</mark>', '<mark class="yellow">quote</mark>'],
    ['a style attribute', '<span style="color:red" class="social-handle">@x</span>', '<span class="social-handle">@x</span>'],
    ['a mark class that is not a plain identifier', '<mark class="yellow x&quot;y">q</mark>', '<mark class="yellow">q</mark>'],
    ['an image whose address is a script', 'A <img src="javascript:alert(1)" alt="x">B', 'A B'],
    ['an image whose address is data', 'A <img src="data:image/png;base64,AAAA">B', 'A B'],
    ['an image with a relative address a reader cannot resolve', 'A <img src="x.png">B', 'A B'],
    ['an image size that is not a number of pixels', '<img src="/a.png" width="10%" height="20">', '<img src="/a.png" height="20">'],
    ['a style on a figure', '<figure style="position:fixed"><figcaption>c</figcaption></figure>', '<figure><figcaption>c</figcaption></figure>'],
    ['an unknown tag, keeping its words', '<svg onload="alert(1)"><text>words</text></svg>', 'words'],
    ['an image with onerror', 'A <img src="x" onerror="alert(1)">B', 'A B'],
    ['an HTML javascript: link, keeping its words', '<a href="javascript:alert(1)"><mark>q</mark></a>', '<span><mark>q</mark></span>'],
    ['an HTML data: link', '<a href="data:text/html,x">d</a>', '<span>d</span>'],
    ['a Markdown javascript: link, keeping its words', '[<mark>q</mark>](javascript:alert(1))', '<mark>q</mark>'],
    ['a Markdown link hiding its scheme behind case and spaces', '[x]( JaVaScRiPt:alert(1))', 'x'],
    ['a javascript: link definition', '[ref]: javascript:alert(1)', '[ref]: #'],
  ])('removes %s', (_case, input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it('adds rel="noopener noreferrer" to external links and drops their target', () => {
    expect(clean('<a href="https://example.org" target="_blank" rel="opener">x</a>')).toBe('<a href="https://example.org" rel="noopener noreferrer">x</a>');
  });

  it("leaves links to the newsroom's own site without rel", () => {
    expect(clean('<a href="https://the-adriatic.github.io/the-adriatic/2026/x/" class="plain">x</a>')).toBe(
      '<a href="https://the-adriatic.github.io/the-adriatic/2026/x/" class="plain">x</a>',
    );
  });

  it('keeps Markdown: headings, blockquotes, emphasis and links to web pages', () => {
    const markdown = '## Heading\n\n> A quote\n> > nested\n\n*em* and [a link](https://example.org/a?b=1)';
    expect(clean(markdown)).toBe('## Heading\n\n> A quote\n> > nested\n\n*em* and [a link](https://example.org/a?b=1)');
  });

  it('drops NUL characters, which PostgreSQL cannot store, keeping the text around them', () => {
    expect(sanitizeBody('Before\u0000after <mark class="yellow">quo\u0000te</mark>')).toBe('Beforeafter <mark class="yellow">quote</mark>');
  });

  it('keeps Markdown autolinks and e-mail autolinks as written', () => {
    expect(clean('See <https://example.org/x> or write to <desk@example.org>.')).toBe('See <https://example.org/x> or write to <desk@example.org>.');
  });

  it('writes the "<" of an autolink to a script address as text', () => {
    expect(clean('<javascript:alert(1)>')).toBe('&lt;javascript:alert(1)>');
  });

  it('turns the KFOR post into itself: its marks, links and text are all allowed', () => {
    const body = postBody('2026-02-19-kfor-downscaling.md');
    expect(clean(body)).toBe(body);
  });

  it.each([
    ['the KFOR post', postBody('2026-02-19-kfor-downscaling.md')],
    ['a placeholder post', postBody('2026-01-01-placeholder-two.md')],
    ['a post with social handles', postBody('2026-02-14-the-albanian-who-won-the-internets-strangest-contest.md')],
    ['hostile markup', 'AT&T <b>x <i>y</b> 3 < 4 <a href="javascript:x">z</a> <mark onclick=1>m</mark>'],
  ])('changes nothing when run on its own output (%s)', (_case, body) => {
    const once = clean(body);
    expect(clean(once)).toBe(once);
  });
});

// A CommonMark renderer with raw HTML on and no refusal of its own (marked, markdown-it with html: true): what it would link.
const rawRenderer = new MarkdownIt({ html: true });
const linkingRenderer = new MarkdownIt({ html: true });
linkingRenderer.validateLink = () => true;
const SCRIPT_ADDRESS = /^(javascript|vbscript|data|file):/i;

/** Everything a renderer that trusts the stored text would turn into something that runs. */
function runsElsewhere(stored: string): string[] {
  const env: { references?: Record<string, { href: string }> } = {};
  const links = linkingRenderer
    .parse(stored, env)
    .flatMap((token) => token.children ?? [])
    .map((token) => token.attrGet('href') ?? token.attrGet('src'))
    .filter((href): href is string => href !== null);
  const addresses = [...links, ...Object.values(env.references ?? {}).map((reference) => reference.href)];
  return [...activeContent(rawRenderer.render(stored)), ...addresses.filter((href) => SCRIPT_ADDRESS.test(href.replace(/[\u0000-\u0020]/g, '')))];
}

describe('sanitizeBody: prose and code are text', () => {
  it.each([
    ['an inequality chain', 'If x<y and y>z then the claim holds.'],
    ['a comparison that reads like a bold tag', 'We know a<b and b>c, so a<c.'],
    ['an italic-looking comparison', 'Since i<j and j>k, the loop ends.'],
    ['comparisons with spaces', 'Turnout < 40% and > 30%, 1 < 2 > 0'],
    ['arrows', 'Prices -> up, wages <- down, a <=> b, x => y, <-- here'],
    ['a heart', 'We <3 our volunteers'],
    ['placeholders', 'Write to <name>@example.org, replacing <name> with yours; press <Enter>.'],
    ['a closing placeholder', 'Fill in <field> and </field> pairs'],
    ['an unfinished comparison', 'if a<b then'],
    ['an unfinished tag-like word', 'the <br element'],
    ['entities written as text', 'AT&T wrote &lt;b&gt; & left; &amp; stays.'],
    ['a code span holding tags', 'Use `<br>` for a break, never `<script>alert(1)</script>`.'],
    ['a code span holding comparisons', 'The check is `a > b && c < d` or `x->y`.'],
    ['a code span with double backticks', 'Write ``a ` <b> tick`` here.'],
    ['a fenced code block', '```html\n<p class="lead" onclick="x()">Hi</p>\nif (a > b) { return c < d; }\n```'],
    ['a tilde fence', '~~~\n<script>alert(1)</script>\n~~~'],
    ['an indented code block', 'Text:\n\n    <img src=x onerror=alert(1)>\n    a -> b'],
    ['nested blockquotes', '> He said x > 3.\n> > and y < 2\n>> and z >= 1'],
    ['a table with comparisons', '| a | b |\n|---|---|\n| x<y | `<b>` |'],
    ['a backslash-escaped tag', 'Type \\<b> to make it bold.'],
    ['a code span in a list', '- run `cat <file> | grep ">"`\n- then `a<b`'],
    ['a long paragraph after a comparison', `If x<y then only ${'E=mc2 and more, '.repeat(400)}holds.`],
    ['an unfinished tag in a sentence, which every renderer shows as text', 'The payload x<img src=x onerror=alert(1) was used'],
    ['an unfinished comment in a sentence', 'a <!-- b'],
    ['an old colour class and a mark id', 'A <mark class="purple" data-mark="m-1">claim</mark> and <mark class="Rose">one</mark>.'],
    [
      'an image with its alt, title and size',
      'See ![Map](/img/map.png "The map") and <img src="https://example.org/a.jpg" alt="A" title="T" width="640" height="480">.',
    ],
    ['a figure with its caption', '<figure><img src="/img/c.png" alt="C"><figcaption>The <em>caption</em></figcaption></figure>'],
    [
      'kramdown footnotes, definition lists, attribute lists and abbreviations',
      'A claim[^1].\n{: .lead}\n\nTerm\n: Definition\n\n*[EU]: European Union\n\n[^1]: The note.',
    ],
  ])('keeps %s exactly as written', (_case, text) => {
    expect(clean(text)).toBe(text);
  });

  it('shows readers the prose and the code as written', () => {
    const html = renderBodyHtml(clean('If x<y and y>z, then a<b and b>c; see `<br>` and `a > b`.\n\n```\nx -> y\n```'));
    expect(html).toBe(
      '<p>If x&lt;y and y&gt;z, then a&lt;b and b&gt;c; see <code>&lt;br&gt;</code> and <code>a &gt; b</code>.</p>\n<pre><code>x -&gt; y\n</code></pre>',
    );
  });

  it('reads prose as text for markdown-it, even where a tag-like word opens an HTML block', () => {
    expect(proseAsText('<y and y>\ntext <b>kept</b> `<i>`')).toBe('&lt;y and y>\ntext <b>kept</b> `<i>`');
    expect(renderBodyHtml('<p and q>\nthen q')).toBe('<p>&lt;p and q&gt;\nthen q</p>');
  });

  it('anchors highlights on the text readers see, "<" and all', () => {
    const { text, marks } = extractHighlights('If x<y and y>z, <mark class="yellow">the claim holds</mark>.');
    expect(text).toBe('If x<y and y>z, the claim holds.\n');
    expect(marks[0]).toMatchObject({ exact: 'the claim holds', start: 16, end: 31 });
  });

  it('removes a tag that could run and keeps every word around it', () => {
    expect(clean('If x<y and y>z, <img src=x onerror=alert(1)>then the claim <b onclick="alert(1)">holds</b>.')).toBe(
      'If x<y and y>z, then the claim <b>holds</b>.',
    );
  });

  it.each([
    ['an unfinished tag inside an HTML block', '<b>\nx<img src=x onerror=alert(1) <b>', '<b>\nx&lt;img src=x onerror=alert(1) <b>'],
    ['an unfinished block tag', '<div\nonclick="alert(1)"\n\nnext', '&lt;div\nonclick="alert(1)"\n\nnext'],
    ['an unfinished comment opening an HTML block', '<!-- b\n\nc', '&lt;!-- b\n\nc'],
    ['a script split to dodge a filter', '<scr<script>ipt>alert(1)</script>', '<scr'],
    ['a tag-like word with a handler', '<y onmouseover=alert(1)>z', 'z'],
  ])('neutralises %s', (_case, input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it('cleans a tag that a renderer reads outside the code span we saw (a backtick in a link address)', () => {
    const stored = clean('[x](a`b) <img src=x onerror=alert(1)> `');
    expect(stored).toBe('[x](a`b)  `');
  });

  it('cleans a tag in a table cell that a backtick pair seemed to hide', () => {
    expect(clean('| a | b |\n|---|---|\n| `x | <img src=x onerror=alert(1)> | y` |')).not.toContain('<img');
  });
});

describe('sanitizeBody: link reference definitions', () => {
  it.each([
    ['at the start of a line', '[r]: javascript:alert(1)', '[r]: #'],
    ['in a blockquote', '> [r]: javascript:alert(1)', '> [r]: #'],
    ['in a nested blockquote', '> > [r]: javascript:alert(1)', '> > [r]: #'],
    ['in a list item', '- [r]: javascript:alert(1)', '- [r]: #'],
    ['in a numbered list item under text', '1. item\n\n   [r]: javascript:alert(1)', '1. item\n\n   [r]: #'],
    ['indented', '   [r]: javascript:alert(1)', '   [r]: #'],
    ['with its address on the next line', '[r]:\n  javascript:alert(1)', '[r]:\n  #'],
    ['with its address on the next quoted line', '> [r]:\n> javascript:alert(1)', '> [r]:\n> #'],
    ['with a title', '[r]: javascript:alert(1) "Read more"', '[r]: # "Read more"'],
    ['in angle brackets', '[r]: <javascript:alert(1)>', '[r]: #'],
    ['with an entity for the colon', '[r]: javascript&#58;alert(1)', '[r]: #'],
    ['with an entity for a letter', '[r]: &#x6a;avascript:alert(1)', '[r]: #'],
    ['with a backslash before the colon', '[r]: javascript\\:alert(1)', '[r]: #'],
    ['in mixed case', '[r]: JaVaScRiPt:alert(1)', '[r]: #'],
    ['to a data: address', '[r]: data:text/html;base64,PHNjcmlwdD4=', '[r]: #'],
    ['to a vbscript: address', '[r]: vbscript:msgbox(1)', '[r]: #'],
  ])('neutralises one %s, keeping its label', (_case, definition, expected) => {
    expect(clean(`Read [the report][r].\n\n${definition}\n`)).toBe(`Read [the report][r].\n\n${expected}\n`);
  });

  it('keeps definitions of web pages and site paths as written', () => {
    const text = 'Read [a][r] and [b][s].\n\n> [r]: https://example.org/report "The report"\n- [s]: /newsletter';
    expect(clean(text)).toBe(text);
  });

  it('leaves a definition shown in a code block alone', () => {
    const text = '```\n[r]: javascript:alert(1)\n```';
    expect(clean(text)).toBe(text);
  });
});

describe('sanitizeBody: nothing stored runs in another renderer', () => {
  it.each([
    ['the hostile preview body', HOSTILE_BODY],
    ['a stray tag inside an HTML block', '<b>\nx<img src=x onerror=alert(1) <b>\n'],
    ['an unfinished tag across a blank line', '<mark>\n<y onmouseover=alert(1)\n<b>'],
    ['links and definitions everywhere', '> [r]: javascript:alert(1)\n\n- [s]: <data:text/html,x>\n\n[a][r] [b][s] ![i](javascript:x)'],
    ['a javascript autolink', 'See <javascript:alert(1)>'],
    ['a backtick inside a link address', '[x](a`b) <img src=x onerror=alert(1)> `'],
    ['a table cell split through a code span', '| a |\n|---|\n| `x | <img src=x onerror=alert(1)> | y` |'],
  ])('%s', (_case, body) => {
    const stored = clean(body);
    expect(runsElsewhere(stored)).toEqual([]);
    expect(clean(stored)).toBe(stored);
  });

  it('holds for thousands of random mixes of markup, prose, code and links, and cleaning twice changes nothing', () => {
    const pieces = [
      '<',
      '>',
      '`',
      '``',
      '```',
      '[',
      ']',
      '(',
      ')',
      ']:',
      '](',
      ' ',
      '\n',
      '\n\n',
      '> ',
      '- ',
      '    ',
      '|',
      '---',
      '\\',
      '"',
      "'",
      '=',
      'a',
      'x',
      'y',
      'img',
      'script',
      'div',
      'svg',
      ' src=x',
      ' onerror=alert(1)',
      ' href="javascript:alert(1)"',
      'javascript:alert(1)',
      '&#58;',
      '<!--',
      '-->',
      '<?',
      '<b>',
      '</b>',
      '<a ',
      '</a>',
      '<p>',
      '<y and y>',
      '<https://x.org>',
      '<mark class="yellow">',
      '</mark>',
      '<a href="/x">',
      '<iframe',
      "title='",
      '[r]: ',
      '![i](',
      '<javascript:x>',
      '<x onmouseover=alert(1)',
      '<style>',
      '<textarea>',
    ];
    let seed = 2026;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 3000; round += 1) {
      const body = Array.from({ length: 3 + Math.floor(random() * 25) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const stored = clean(body);
      expect({ body, problems: runsElsewhere(stored) }).toEqual({ body, problems: [] });
      expect(clean(stored)).toBe(stored);
    }
  });
});
