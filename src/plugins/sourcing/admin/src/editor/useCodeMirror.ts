import * as React from 'react';
import { Transaction } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { editable, editableState, editorExtensions, type EditorHooks } from './cm/setup';

/**
 * A CodeMirror editor in the element, built once; what it asks of the field goes through `hooks`, which the caller keeps
 * current. A value from outside the editor (the document loading, a reset after saving) replaces its text outside undo.
 */
export function useCodeMirror(
  host: React.RefObject<HTMLDivElement | null>,
  hooks: React.RefObject<EditorHooks | null>,
  options: { value: string; disabled: boolean; label: string; placeholder: string },
): EditorView | null {
  const [view, setView] = React.useState<EditorView | null>(null);
  const { value, disabled, label, placeholder } = options;
  const initial = React.useRef({ value, disabled });

  React.useEffect(() => {
    if (!host.current) return undefined;
    const proxy: EditorHooks = {
      onChange: (markdown) => hooks.current?.onChange(markdown),
      onLinkToSource: () => hooks.current?.onLinkToSource(),
      colour: () => hooks.current?.colour() ?? 'yellow',
      citations: () => hooks.current?.citations() ?? null,
      placeholder,
    };
    const editor = new EditorView({ doc: initial.current.value, parent: host.current, extensions: editorExtensions(proxy, initial.current.disabled) });
    editor.contentDOM.setAttribute('aria-label', label);
    setView(editor);
    return () => editor.destroy();
  }, [host, hooks, label, placeholder]);

  React.useEffect(() => {
    if (!view || view.state.doc.toString() === value) return;
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: value },
      annotations: [Transaction.addToHistory.of(false), Transaction.remote.of(true)],
    });
  }, [view, value]);

  React.useEffect(() => {
    view?.dispatch({ effects: editable.reconfigure(editableState(disabled)) });
  }, [view, disabled]);

  return view;
}
