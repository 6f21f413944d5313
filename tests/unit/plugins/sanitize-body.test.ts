import { resolveLiquidLinks, sanitizeBody } from '../../../src/plugins/sourcing/server/src/domain/sanitize-body';
import { postBody } from '../../helpers/fixtures';

const SITE = ['https://the-adriatic.github.io/the-adriatic/'];
const clean = (text: string) => sanitizeBody(text, SITE);

describe('sanitizeBody', () => {
  it.each([
    ['a script tag with its content', 'Before<script>alert(1)</script> after', 'Before after'],
    ['an event handler', '<mark class="yellow" onclick="alert(1)">quote</mark>', '<mark class="yellow">quote</mark>'],
    ['a style attribute', '<span style="color:red" class="social-handle">@x</span>', '<span class="social-handle">@x</span>'],
    ['a colour class outside the palette', '<mark class="yellow blink">q</mark>', '<mark class="yellow">q</mark>'],
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

  it('keeps a Markdown autolink as a link', () => {
    expect(clean('See <https://example.org/x>.')).toBe('See [https://example.org/x](https://example.org/x).');
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

describe('resolveLiquidLinks', () => {
  it.each([
    ["{{ '/newsletter' | relative_url }}", '/newsletter'],
    ['{{"/about/" | relative_url}}', '/about/'],
    ["{{ 'contact' | relative_url }}", '/contact'],
  ])('turns %s into %s', (liquid, path) => {
    expect(resolveLiquidLinks(liquid)).toBe(path);
  });

  it('leaves other Liquid tags alone', () => {
    expect(resolveLiquidLinks('{{ site.title }}')).toBe('{{ site.title }}');
  });
});
