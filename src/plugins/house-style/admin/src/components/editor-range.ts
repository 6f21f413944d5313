import { EditorView } from '@codemirror/view';
import type { Field } from '../../../server/src/domain/types';

/**
 * The body's editor: the sourcing plugin's CodeMirror 6 editor, found from its element (CodeMirror's own look-up) under
 * the field labelled "body" (the only Markdown field of an article).
 */
function bodyEditor(): EditorView | null {
  const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim().toLowerCase() === 'body');
  let scope: Element | null = label ?? null;
  while (scope && !scope.querySelector('.cm-editor')) scope = scope.parentElement;
  const element = (scope ?? document).querySelector('.cm-editor');
  return element instanceof HTMLElement ? EditorView.findFromDOM(element) : null;
}

/** Selects [start, end) of a field in its editor and brings it into view; false when the editor cannot be reached. */
export function selectRange(field: Field, start: number, end: number): boolean {
  if (field === 'body') {
    const editor = bodyEditor();
    if (!editor) return false;
    const length = editor.state.doc.length;
    editor.focus();
    editor.dispatch({
      selection: { anchor: Math.min(start, length), head: Math.min(end, length) },
      effects: EditorView.scrollIntoView(Math.min(start, length), { y: 'center' }),
    });
    return true;
  }
  const input = document.querySelector(`[name="${field}"]`) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!input) return false;
  input.focus();
  input.setSelectionRange(start, end);
  input.scrollIntoView({ block: 'center' });
  return true;
}
