import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { HighlightColour } from '../../../../server/src/constants';
import { highlight, removeHighlight, type Edit } from '../highlight';

/** Applies a pure edit to the editor as one undoable step, with the highlighted words selected after it. */
export function applyEdit(view: EditorView, edit: Edit | null): boolean {
  if (!edit) return false;
  view.dispatch({ changes: edit.changes, selection: EditorSelection.single(edit.selection.from, edit.selection.to), scrollIntoView: true, userEvent: 'input' });
  view.focus();
  return true;
}

export function highlightSelection(view: EditorView, colour: HighlightColour): boolean {
  const { from, to } = view.state.selection.main;
  return applyEdit(view, highlight(view.state.doc.toString(), from, to, colour));
}

export function removeHighlightAtSelection(view: EditorView): boolean {
  const { from, to } = view.state.selection.main;
  return applyEdit(view, removeHighlight(view.state.doc.toString(), from, to));
}

/** Wraps the selection in inline Markdown (`**…**`, `*…*`, `` `…` ``), or puts the cursor between the markers. */
export function wrapSelection(view: EditorView, before: string, after = before): boolean {
  view.dispatch(
    view.state.changeByRange((range) => ({
      changes: [
        { from: range.from, insert: before },
        { from: range.to, insert: after },
      ],
      range: EditorSelection.range(range.from + before.length, range.to + before.length),
    })),
    { userEvent: 'input' },
  );
  view.focus();
  return true;
}

/** Starts each selected line with a Markdown block prefix (`## `, `- `), or takes it away when every line has it. */
export function toggleLinePrefix(view: EditorView, prefix: string): boolean {
  const { state } = view;
  const lines = new Set<number>();
  for (const range of state.selection.ranges) {
    for (let line = state.doc.lineAt(range.from).number; line <= state.doc.lineAt(range.to).number; line += 1) lines.add(line);
  }
  const all = [...lines].map((number) => state.doc.line(number));
  const remove = all.every((line) => line.text.startsWith(prefix));
  view.dispatch({
    changes: all.map((line) => (remove ? { from: line.from, to: line.from + prefix.length } : { from: line.from, insert: prefix })),
    userEvent: 'input',
  });
  view.focus();
  return true;
}

/** A Markdown link around the selection, with the address placeholder selected for typing over. */
export function insertLink(view: EditorView): boolean {
  const { from, to } = view.state.selection.main;
  const words = view.state.sliceDoc(from, to) || 'link text';
  const placeholder = 'https://';
  const written = `[${words}](${placeholder})`;
  const start = from + words.length + 3;
  view.dispatch({ changes: { from, to, insert: written }, selection: EditorSelection.single(start, start + placeholder.length), userEvent: 'input' });
  view.focus();
  return true;
}

/** Images chosen in the media library, written as Markdown images at the cursor, one a line. */
export function insertImages(view: EditorView, images: ReadonlyArray<{ alt: string; url: string }>): void {
  const { from, to } = view.state.selection.main;
  const written = images.map((image) => `![${image.alt.replace(/[[\]]/g, '')}](${image.url.replace(/[ ()]/g, encodeURIComponent)})`).join('\n');
  view.dispatch({ changes: { from, to, insert: written }, selection: EditorSelection.cursor(from + written.length), userEvent: 'input' });
  view.focus();
}
