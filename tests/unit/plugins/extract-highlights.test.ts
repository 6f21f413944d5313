import { plainText, renderBodyHtml } from '../../../src/plugins/delivery/server/src/domain/body-html';
import { sanitizeBody } from '../../../src/plugins/sourcing/server/src/domain/sanitize-body';
import { extractHighlights } from '../../../src/plugins/sourcing/server/src/domain/extract-highlights';
import { postBody } from '../../helpers/fixtures';

describe('extractHighlights', () => {
  it('finds the four shapes of highlight in the fixtures', () => {
    const body = [
      'A [<mark class="yellow">linked quote</mark>](https://example.org/a) here.',
      'An <a href="/newsletter" class="plain"><mark>HTML link</mark></a> there.',
      'A <mark class="green">bare mark</mark> and a <mark>default one</mark>.',
    ].join('\n\n');
    expect(extractHighlights(body).marks.map(({ exact, colour, linkUrl }) => ({ exact, colour, linkUrl }))).toEqual([
      { exact: 'linked quote', colour: 'yellow', linkUrl: 'https://example.org/a' },
      { exact: 'HTML link', colour: 'default', linkUrl: '/newsletter' },
      { exact: 'bare mark', colour: 'green', linkUrl: null },
      { exact: 'default one', colour: 'default', linkUrl: null },
    ]);
  });

  it('gives positions in the plain text and about 32 characters of context each side', () => {
    const { text, marks } = extractHighlights('Some **bold** words before <mark>the quote</mark> and the words after it, many of them.');
    const [mark] = marks;
    expect(text.slice(mark.start, mark.end)).toBe('the quote');
    expect(mark.prefix).toBe('Some bold words before ');
    expect(mark.suffix).toBe(' and the words after it, many of');
    expect(mark.suffix).toHaveLength(32);
  });

  it('takes a link written inside the mark', () => {
    const [mark] = extractHighlights('<mark class="rose"><a href="https://example.org/in">inside</a></mark>').marks;
    expect(mark.linkUrl).toBe('https://example.org/in');
  });

  it('stores a mark with an old colour class, kept as written on save, in the default colour', () => {
    const body = sanitizeBody('A <mark class="purple">one</mark> and <mark class="Rose" data-mark="m2">two</mark>.');
    expect(body).toContain('<mark class="Rose" data-mark="m2">');
    expect(extractHighlights(body).marks.map((mark) => mark.colour)).toEqual(['default', 'default']);
  });

  it("reads the text readers are shown, with kramdown's quotes, dashes and footnotes, so selectors anchor in bodyHtml", () => {
    const body = 'He said "no" -- twice[^1] -- to <mark class="rose">the "plan"</mark>.\n\n[^1]: Both on record.';
    const { text, marks } = extractHighlights(body);
    expect(text.replace(/\s+/g, ' ').trim()).toBe(plainText(renderBodyHtml(body)));
    expect(marks[0]).toMatchObject({ exact: 'the "plan"', prefix: expect.stringContaining('\u201cno\u201d \u2013 twice1 \u2013 to ') });
  });

  it('ignores an empty mark', () => {
    expect(extractHighlights('Text <mark> </mark> more.').marks).toEqual([]);
  });

  it('finds the five highlights of the KFOR post, in reading order', () => {
    const { marks } = extractHighlights(postBody('2026-02-19-kfor-downscaling.md'));
    expect(marks.map((mark) => mark.colour)).toEqual(['yellow', 'green', 'rose', 'yellow', 'default']);
    expect(marks.every((mark, index) => index === 0 || marks[index - 1].end <= mark.start)).toBe(true);
  });
});
