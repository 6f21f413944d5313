import fs from 'fs';
import path from 'path';
import { renderBodyHtml } from '../../../src/plugins/delivery/server/src/domain/body-html';
import { extractHighlights } from '../../../src/plugins/sourcing/server/src/domain/extract-highlights';
import { resolveLiquidLinks } from '../../../src/plugins/sourcing/server/src/domain/liquid-links';
import { sanitizeBody } from '../../../src/plugins/sourcing/server/src/domain/sanitize-body';
import { postBody } from '../../helpers/fixtures';

const POSTS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'adriatic', '_posts');

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

describe('Liquid relative_url links in a stored body', () => {
  const linked = `Read <a href="{{ '/newsletter' | relative_url }}" class="plain"><mark>our newsletter</mark></a> and [the archive]({{ "/archive/" | relative_url }}).`;

  it('keeps them as the editor wrote them when the body needs no cleaning', () => {
    expect(sanitizeBody(linked)).toBe(linked);
  });

  it('reads them as the path they stand for in highlights and in the rendered HTML', () => {
    expect(extractHighlights(linked).marks.map((mark) => mark.linkUrl)).toEqual(['/newsletter']);
    const html = renderBodyHtml(linked);
    expect(html).toContain('<a href="/newsletter" class="plain">');
    expect(html).toContain('<a href="/archive/">the archive</a>');
    expect(html).not.toContain('relative_url');
  });

  it('stores them resolved in a body it has to clean', () => {
    expect(sanitizeBody(`${linked}<script>alert(1)</script>`)).toBe(resolveLiquidLinks(linked));
  });

  it('stores one resolved when its quotes are those of the attribute around it', () => {
    expect(sanitizeBody('<a href="{{ "/x" | relative_url }}">x</a>')).toBe('<a href="/x">x</a>');
  });

  it('stores one resolved when its path could end the attribute around it', () => {
    expect(sanitizeBody(`<a href="{{ '/x"y' | relative_url }}">x</a>`)).not.toContain('relative_url');
  });

  it.each(fs.readdirSync(POSTS).filter((file) => file.endsWith('.md')))('stores the body of the fixture post %s byte for byte', (file) => {
    expect(sanitizeBody(postBody(file), ['https://the-adriatic.github.io/the-adriatic'])).toBe(postBody(file));
  });
});
