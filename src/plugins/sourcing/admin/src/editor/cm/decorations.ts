import { RangeSetBuilder, StateField, type EditorState } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { linter, type Diagnostic } from '@codemirror/lint';
import { MARK_COLOURS } from '../colours';
import { findMarks, type MarkRange } from '../marks';
import { markProblems } from '../problems';

function hostOf(href: string): string {
  return URL.canParse(href) ? new URL(href).host : href;
}

/** What hovering a highlight tells the editor: where its source is, or that it has none. */
export function markTitle(mark: MarkRange): string {
  if (mark.href === null) return `Highlight (${MARK_COLOURS[mark.colour].name}) without a source`;
  return `Source: ${hostOf(mark.href)}`;
}

function decorate(state: EditorState): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const mark of findMarks(state.doc.toString())) {
    if (mark.from < mark.quoteFrom) builder.add(mark.from, mark.quoteFrom, Decoration.mark({ class: 'cm-sourced-markup' }));
    builder.add(
      mark.quoteFrom,
      mark.quoteTo,
      Decoration.mark({
        class: `cm-sourced-mark cm-sourced-mark-${mark.colour}`,
        attributes: { title: markTitle(mark), 'data-colour': mark.colour, ...(mark.href ? { 'data-source': mark.href } : {}) },
      }),
    );
    if (mark.quoteTo < mark.to) builder.add(mark.quoteTo, mark.to, Decoration.mark({ class: 'cm-sourced-markup' }));
  }
  return builder.finish();
}

/** Highlights shown in their colours while editing, recomputed from the Markdown on every change. */
export const markDecorations = StateField.define<DecorationSet>({
  create: decorate,
  update: (decorations, transaction) => (transaction.docChanged ? decorate(transaction.state) : decorations),
  provide: (field) => EditorView.decorations.from(field),
});

/** Quotes the save would refuse, underlined with the server's message. */
export const markLinter = linter(
  (view): Diagnostic[] =>
    markProblems(findMarks(view.state.doc.toString())).map((problem) => ({
      from: problem.from,
      to: problem.to,
      severity: 'error',
      source: 'Sourcing',
      message: problem.message,
    })),
  { delay: 250 },
);

/** The marks' colours and the editor's frame, in the admin panel's type. */
export const editorTheme = EditorView.theme({
  '&': { minHeight: '16rem', fontSize: '1.4rem', backgroundColor: '#ffffff' },
  '&.cm-focused': { outline: 'none' },
  // CodeMirror's own theme writes in a monospace face; a body is prose, so it is shown in the admin panel's.
  '.cm-scroller': { fontFamily: 'inherit' },
  '.cm-content': { lineHeight: '1.6', padding: '12px 0' },
  '.cm-line': { padding: '0 16px' },
  '.cm-sourced-mark': { borderRadius: '2px', padding: '1px 0' },
  ...Object.fromEntries(Object.entries(MARK_COLOURS).map(([colour, { background }]) => [`.cm-sourced-mark-${colour}`, { backgroundColor: background }])),
  '.cm-sourced-markup': { color: '#8e8ea9', fontSize: '0.85em' },
  '.cm-tooltip-lint, .cm-tooltip-autocomplete': { fontSize: '1.3rem' },
});
