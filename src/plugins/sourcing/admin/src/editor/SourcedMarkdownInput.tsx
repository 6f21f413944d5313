import * as React from 'react';
import { Box, Field, Flex, Typography } from '@strapi/design-system';
import { useField, useStrapiApp } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { completionStatus, startCompletion } from '@codemirror/autocomplete';
import type { EditorView } from '@codemirror/view';
import type { HighlightColour } from '../../../server/src/constants';
import { PLUGIN_ID } from '../constants';
import { linkHighlight } from './highlight';
import { findMarks, markAt } from './marks';
import { applyEdit, highlightSelection, insertImages } from './cm/commands';
import type { EditorHooks } from './cm/setup';
import { SourcePicker } from './SourcePicker';
import { Toolbar } from './Toolbar';
import { useCitationOptions } from './useCitationOptions';
import { useCodeMirror } from './useCodeMirror';

interface SourcedMarkdownInputProps {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  labelAction?: React.ReactNode;
}

interface MediaAsset {
  url: string;
  name: string;
  alternativeText?: string | null;
}

type MediaLibraryDialog = React.ComponentType<{ onClose(): void; onSelectAssets(files: MediaAsset[]): void }>;

/** An uploaded file's address as readers' pages need it: absolute, on the CMS that serves it (as the stock editor does). */
function absoluteUrl(url: string): string {
  const backend = (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? window.location.origin;
  return url.startsWith('/') ? new URL(url, backend).toString() : url;
}

/**
 * The body editor: Markdown in CodeMirror, with highlights shown in their colours as they are written, linked to their
 * sources from a search, and quotes the save would refuse marked with its message. Stores the Markdown as typed.
 */
export default function SourcedMarkdownInput({ name, label, hint, required, disabled = false, placeholder, labelAction }: SourcedMarkdownInputProps) {
  const { formatMessage } = useIntl();
  const field = useField<string | null>(name);
  const value = field.value ?? '';
  const host = React.useRef<HTMLDivElement | null>(null);
  const hooks = React.useRef<EditorHooks | null>(null);
  const [colour, setColour] = React.useState<HighlightColour>('yellow');
  const [linking, setLinking] = React.useState<{ at: number; quote: string } | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [mediaOpen, setMediaOpen] = React.useState(false);
  const citations = useCitationOptions(value);
  const components = useStrapiApp('SourcedMarkdownInput', (state) => state.components);
  const MediaLibrary = components['media-library'] as MediaLibraryDialog | undefined;
  const view = useCodeMirror(host, hooks, { value, disabled, label: typeof label === 'string' ? label : name, placeholder: placeholder ?? '' });

  const startLinking = (editor: EditorView) => {
    const { from, to } = editor.state.selection.main;
    let mark = markAt(findMarks(editor.state.doc.toString()), from, to);
    // Linking words not yet highlighted highlights them first, in the colour last chosen.
    if (!mark && from !== to && highlightSelection(editor, colour)) {
      mark = markAt(findMarks(editor.state.doc.toString()), editor.state.selection.main.from);
    }
    if (!mark) {
      setNotice(formatMessage({ id: `${PLUGIN_ID}.editor.selectFirst`, defaultMessage: 'Select the quoted words, or put the cursor in a highlight, first.' }));
      return;
    }
    setNotice(null);
    setLinking({ at: mark.quoteFrom, quote: mark.quote });
  };

  React.useLayoutEffect(() => {
    hooks.current = {
      onChange: (markdown) => field.onChange(name, markdown),
      onLinkToSource: () => view && startLinking(view),
      colour: () => colour,
      citations: () => citations,
      placeholder: placeholder ?? '',
    };
  });

  // Each keystroke makes a new list with the same options; restarting an open list on it would reset its selection and
  // make it ignore keys for a moment, so an editor's ArrowDown right after "[" would close it instead.
  const offered = citations?.map((option) => `${option.label} ${option.detail}`).join('\n');
  React.useEffect(() => {
    // The citations' sources arrive after the page loads: a citation list already open is asked again, so it shows them.
    if (view && completionStatus(view.state) !== null) startCompletion(view);
  }, [view, offered]);

  const chooseSource = (url: string) => {
    if (view && linking) {
      const text = view.state.doc.toString();
      const mark = markAt(findMarks(text), linking.at);
      if (mark) applyEdit(view, linkHighlight(mark, text, url));
    }
    setLinking(null);
  };

  return (
    <Field.Root name={name} hint={hint} error={field.error} required={required}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <Box borderColor={field.error ? 'danger600' : 'neutral200'} hasRadius overflow="hidden" data-sourced-markdown={name}>
          <Toolbar view={view} disabled={disabled} onColour={setColour} onLinkToSource={() => view && startLinking(view)} onImage={() => setMediaOpen(true)} />
          {notice ? (
            <Box paddingLeft={3} paddingRight={3} paddingTop={2}>
              <Typography variant="pi" textColor="warning600" role="status">
                {notice}
              </Typography>
            </Box>
          ) : null}
          {linking ? (
            <Box padding={2}>
              <SourcePicker quote={linking.quote} onChoose={chooseSource} onClose={() => setLinking(null)} />
            </Box>
          ) : null}
          <div ref={host} />
        </Box>
        <Field.Hint />
        <Field.Error />
      </Flex>
      {mediaOpen && MediaLibrary ? (
        <MediaLibrary
          onClose={() => setMediaOpen(false)}
          onSelectAssets={(files) => {
            if (view)
              insertImages(
                view,
                files.map((file) => ({ alt: file.alternativeText || file.name, url: absoluteUrl(file.url) })),
              );
            setMediaOpen(false);
          }}
        />
      ) : null}
    </Field.Root>
  );
}
