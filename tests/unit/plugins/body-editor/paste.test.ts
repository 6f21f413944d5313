import { pastedMarkdown } from '../../../../src/plugins/sourcing/admin/src/editor/paste';

describe('Pasting from a web page or a word processor', () => {
  it('keeps words, links, bold and italic and drops styles, classes and spans', () => {
    const html =
      '<p class="lead" style="color:red">The <a href="https://example.org/report?id=1">report</a> was <strong>late</strong> and <em>thin</em>, <span style="font-family:Arial" class="x">said</span> the minister.</p>';
    expect(pastedMarkdown(html)).toBe('The [report](https://example.org/report?id=1) was **late** and *thin*, said the minister.');
  });

  it('drops scripts, styles, images and comments with their content', () => {
    const html = '<style>p{}</style><!--[if gte mso 9]><xml>x</xml><![endif]--><p>Kept<img src="https://a.org/i.png" alt="pic"><script>alert(1)</script>.</p>';
    expect(pastedMarkdown(html)).toBe('Kept.');
  });

  it('keeps a word processor’s bold and italic spans as emphasis', () => {
    expect(pastedMarkdown('<p><span style="font-weight:700">Bold</span> and <span style="font-style:italic">slanted</span></p>')).toBe(
      '**Bold** and *slanted*',
    );
  });

  it('turns headings and list items into paragraphs, and keeps only web links', () => {
    const html = '<h2>Title</h2><ul><li>One</li><li><a href="javascript:alert(1)">Two</a></li></ul>';
    expect(pastedMarkdown(html)).toBe('Title\n\nOne\n\nTwo');
  });
});
