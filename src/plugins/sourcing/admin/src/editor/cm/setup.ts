import { autocompletion, completionKeymap, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, Transaction, type Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import type { HighlightColour } from '../../../../server/src/constants';
import type { CitationOption } from '../citation-options';
import { pasteConverter, pastedMarkdown } from '../paste';
import { highlightSelection, insertLink, removeHighlightAtSelection, toggleLinePrefix, wrapSelection } from './commands';
import { editorTheme, markDecorations, markLinter } from './decorations';

/** What the editor asks of the React field around it; read through getters so the editor is built once. */
export interface EditorHooks {
  onChange(markdown: string): void;
  onLinkToSource(): void;
  /** The colour the Highlight shortcut uses: the one last chosen. */
  colour(): HighlightColour;
  /** The citation list to offer after "[", or null in a text that does not cite numbers. */
  citations(): CitationOption[] | null;
  placeholder: string;
}

/** The keyboard shortcuts, also shown in the toolbar buttons' titles. */
export const SHORTCUTS = {
  highlight: 'Mod-Shift-h',
  linkToSource: 'Mod-Shift-k',
  removeHighlight: 'Mod-Shift-u',
  bold: 'Mod-b',
  italic: 'Mod-i',
  link: 'Mod-k',
  code: 'Mod-e',
} as const;

function citationCompletions(hooks: EditorHooks) {
  return (context: CompletionContext): CompletionResult | null => {
    const options = hooks.citations();
    const typed = context.matchBefore(/\[\d*$/);
    if (!options || !typed) return null;
    return {
      from: typed.from,
      // Boosted in list order: CodeMirror sorts equal matches by label, which would put [10] before [2].
      options: options.map((option, index) => ({ label: option.label, detail: option.detail, type: 'text', boost: Math.max(-99, -index) })),
      validFor: /^\[\d*$/,
    };
  };
}

function pasteAsMarkdown(event: ClipboardEvent, view: EditorView): boolean {
  const html = event.clipboardData?.getData('text/html');
  if (!html) return false;
  event.preventDefault();
  view.dispatch(view.state.replaceSelection(pastedMarkdown(html, pasteConverter())), { userEvent: 'input.paste', scrollIntoView: true });
  return true;
}

/** Switches the editor between editable and read-only when the field is disabled. */
export const editable = new Compartment();

export const editableState = (disabled: boolean): Extension => [EditorView.editable.of(!disabled), EditorState.readOnly.of(disabled)];

export function editorExtensions(hooks: EditorHooks, disabled: boolean): Extension[] {
  return [
    history(),
    markdown({ base: markdownLanguage }),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    EditorView.lineWrapping,
    placeholder(hooks.placeholder),
    markDecorations,
    markLinter,
    autocompletion({ override: [citationCompletions(hooks)], activateOnTyping: true, icons: false }),
    keymap.of([
      { key: SHORTCUTS.highlight, run: (view) => highlightSelection(view, hooks.colour()) },
      { key: SHORTCUTS.linkToSource, run: () => (hooks.onLinkToSource(), true) },
      { key: SHORTCUTS.removeHighlight, run: removeHighlightAtSelection },
      { key: SHORTCUTS.bold, run: (view) => wrapSelection(view, '**') },
      { key: SHORTCUTS.italic, run: (view) => wrapSelection(view, '*') },
      { key: SHORTCUTS.link, run: insertLink },
      { key: SHORTCUTS.code, run: (view) => wrapSelection(view, '`') },
      { key: 'Mod-Alt-1', run: (view) => toggleLinePrefix(view, '## ') },
      ...completionKeymap,
      ...historyKeymap,
      ...defaultKeymap,
    ]),
    EditorView.domEventHandlers({ paste: pasteAsMarkdown }),
    EditorView.updateListener.of((update) => {
      // Text the form gave the editor (Transaction.remote) is already the form's: handing it back would mark it edited.
      const fromForm = update.transactions.every((transaction) => transaction.annotation(Transaction.remote));
      if (update.docChanged && !fromForm) hooks.onChange(update.state.doc.toString());
    }),
    editable.of(editableState(disabled)),
    editorTheme,
  ];
}
