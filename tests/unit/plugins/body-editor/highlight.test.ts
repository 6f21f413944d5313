import { highlight, linkDestination, linkHighlight, removeHighlight, type Edit } from '../../../../src/plugins/sourcing/admin/src/editor/highlight';
import { findMarks } from '../../../../src/plugins/sourcing/admin/src/editor/marks';

/** The text after an edit, as CodeMirror applies changes given against the original text. */
function apply(text: string, edit: Edit | null): string {
  if (!edit) return text;
  return [...edit.changes].sort((a, b) => b.from - a.from).reduce((out, change) => out.slice(0, change.from) + change.insert + out.slice(change.to), text);
}

describe('Highlighting, linking and removing highlights in the body', () => {
  it('wraps the selected words in a coloured mark, leaving the spaces around them outside', () => {
    const text = 'The minister said we will stay here.';
    const edit = highlight(text, 17, 31, 'yellow');
    expect(apply(text, edit)).toBe('The minister said <mark class="yellow">we will stay</mark> here.');
    expect(apply(text, edit).slice(edit?.selection.from, edit?.selection.to)).toBe('we will stay');
  });

  it('writes the default colour as a mark without a class', () => {
    expect(apply('a b', highlight('a b', 0, 1, 'default'))).toBe('<mark>a</mark> b');
  });

  it('recolours a highlight already there and keeps its link', () => {
    const text = '[<mark class="yellow">quote</mark>](https://example.org)';
    expect(apply(text, highlight(text, 25, 27, 'green'))).toBe('[<mark class="green">quote</mark>](https://example.org)');
  });

  it('does nothing for an empty selection outside any highlight', () => {
    expect(highlight('words', 2, 2, 'rose')).toBeNull();
  });

  it('removes a highlight and its source link, keeping the words', () => {
    const text = 'Said [<mark class="rose">this</mark>](https://example.org) and <a href="https://x.org"><mark>that</mark></a>.';
    const once = apply(text, removeHighlight(text, 26));
    expect(once).toBe('Said this and <a href="https://x.org"><mark>that</mark></a>.');
    expect(apply(once, removeHighlight(once, once.indexOf('that')))).toBe('Said this and that.');
  });

  it('links an unlinked highlight to a source as the sourcing plugin reads it', () => {
    const text = 'x <mark class="yellow">quote</mark> y';
    const [mark] = findMarks(text);
    expect(apply(text, linkHighlight(mark, text, 'https://example.org/report (final).pdf'))).toBe(
      'x [<mark class="yellow">quote</mark>](https://example.org/report%20%28final%29.pdf) y',
    );
  });

  it('changes the address of a highlight already linked, and rewrites an HTML link as Markdown', () => {
    const markdown = '[<mark>q</mark>](https://old.example)';
    expect(apply(markdown, linkHighlight(findMarks(markdown)[0], markdown, 'https://new.example/'))).toBe('[<mark>q</mark>](https://new.example/)');
    const html = '<a href="https://old.example"><mark>q</mark></a>';
    expect(apply(html, linkHighlight(findMarks(html)[0], html, 'https://new.example'))).toBe('[<mark>q</mark>](https://new.example)');
  });

  it('escapes the characters that would end a Markdown link early', () => {
    expect(linkDestination(' https://a.org/x y<z> ')).toBe('https://a.org/x%20y%3Cz%3E');
  });
});
