import { findMarks, markAt } from '../../../../src/plugins/sourcing/admin/src/editor/marks';

describe('Finding highlights in the Markdown an editor writes', () => {
  it('finds a Markdown-linked highlight with its colour, quote and address, and the whole link as its range', () => {
    const text = 'He said [<mark class="yellow">we will stay</mark>](https://example.org/a) today.';
    const [mark] = findMarks(text);
    expect(mark).toMatchObject({ quote: 'we will stay', colour: 'yellow', href: 'https://example.org/a' });
    expect(text.slice(mark.from, mark.to)).toBe('[<mark class="yellow">we will stay</mark>](https://example.org/a)');
    expect(text.slice(mark.hrefFrom ?? 0, mark.hrefTo ?? 0)).toBe('https://example.org/a');
  });

  it('reads an HTML-linked highlight and a bare default mark, in reading order', () => {
    const text = '<mark>first</mark> and <a href="/newsletter" class="plain"><mark class="rose">second</mark></a>.';
    const marks = findMarks(text);
    expect(marks.map(({ quote, colour, href }) => ({ quote, colour, href }))).toEqual([
      { quote: 'first', colour: 'default', href: null },
      { quote: 'second', colour: 'rose', href: '/newsletter' },
    ]);
    expect(text.slice(marks[1].from, marks[1].to)).toBe('<a href="/newsletter" class="plain"><mark class="rose">second</mark></a>');
  });

  it('ignores marks written inside code and empty marks', () => {
    expect(findMarks('Write `<mark>x</mark>` to highlight, not <mark> </mark>.')).toEqual([]);
  });

  it('reads a colour the newsroom does not use as the default, as the server does', () => {
    expect(findMarks('<mark class="purple">old</mark>')[0].colour).toBe('default');
  });

  it('finds the highlight under the cursor', () => {
    const text = 'a <mark>b</mark> c';
    expect(markAt(findMarks(text), 9)?.quote).toBe('b');
    expect(markAt(findMarks(text), 0)).toBeNull();
  });
});
