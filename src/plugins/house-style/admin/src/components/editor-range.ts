import type { Field } from '../../../server/src/domain/types';

/** The part of CodeMirror 5 (Strapi's Markdown editor) the panel uses. */
interface CodeMirrorLike {
  posFromIndex(index: number): unknown;
  setSelection(anchor: unknown, head: unknown, options?: { scroll?: boolean }): void;
  scrollIntoView(range: { from: unknown; to: unknown }, margin?: number): void;
  focus(): void;
}

/**
 * The body's Markdown editor. Strapi gives its CodeMirror no name, but CodeMirror 5 keeps its instance on its wrapper
 * element; the body's is the one under the field labelled "body" (the only rich-text field of an article).
 */
function bodyEditor(): CodeMirrorLike | null {
  const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim().toLowerCase() === 'body');
  let scope: Element | null = label ?? null;
  while (scope && !scope.querySelector('.CodeMirror')) scope = scope.parentElement;
  const wrapper = (scope ?? document).querySelector('.CodeMirror') as (Element & { CodeMirror?: CodeMirrorLike }) | null;
  return wrapper?.CodeMirror ?? null;
}

/** Selects [start, end) of a field in its editor and brings it into view; false when the editor cannot be reached. */
export function selectRange(field: Field, start: number, end: number): boolean {
  if (field === 'body') {
    const editor = bodyEditor();
    if (!editor) return false;
    const from = editor.posFromIndex(start);
    const to = editor.posFromIndex(end);
    editor.focus();
    editor.setSelection(from, to, { scroll: false });
    editor.scrollIntoView({ from, to }, 80);
    return true;
  }
  const input = document.querySelector(`[name="${field}"]`) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!input) return false;
  input.focus();
  input.setSelectionRange(start, end);
  input.scrollIntoView({ block: 'center' });
  return true;
}
