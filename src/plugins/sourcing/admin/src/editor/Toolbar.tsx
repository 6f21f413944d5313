import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowClockwise, ArrowsCounterClockwise, Bold, BulletList, Code, HeadingTwo, Image, Italic, Link } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { redo, undo } from '@codemirror/commands';
import type { EditorView } from '@codemirror/view';
import type { HighlightColour } from '../../../server/src/constants';
import { PLUGIN_ID } from '../constants';
import { MARK_COLOURS, TOOLBAR_COLOURS } from './colours';
import { highlightSelection, insertLink, removeHighlightAtSelection, toggleLinePrefix, wrapSelection } from './cm/commands';
import { SHORTCUTS } from './cm/setup';

interface ToolbarProps {
  view: EditorView | null;
  disabled?: boolean;
  onColour(colour: HighlightColour): void;
  onLinkToSource(): void;
  onImage(): void;
}

/** "Mod-Shift-h" as the editor's keyboard shows it. */
const shortcut = (keys: string) => keys.replace('Mod', /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl').replace(/-/g, '+');

/** The body editor's toolbar: highlighting and sourcing first, then Markdown formatting, then undo and redo. */
export function Toolbar({ view, disabled, onColour, onLinkToSource, onImage }: ToolbarProps) {
  const { formatMessage } = useIntl();
  const run = (command: (editor: EditorView) => unknown) => () => {
    if (view) command(view);
  };
  const text = (key: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: `${PLUGIN_ID}.editor.${key}`, defaultMessage }, values);
  const off = disabled || !view;
  return (
    <Flex
      gap={1}
      wrap="wrap"
      alignItems="center"
      padding={2}
      background="neutral100"
      role="toolbar"
      aria-label={text('toolbar', 'Body formatting and sourcing')}
    >
      <Typography variant="pi" fontWeight="bold" aria-hidden>
        {text('highlight', 'Highlight')}
      </Typography>
      {TOOLBAR_COLOURS.map((colour) => {
        const label = text('highlightIn', 'Highlight {colour}', { colour: MARK_COLOURS[colour].name });
        return (
          <Button
            key={colour}
            size="S"
            variant="tertiary"
            disabled={off}
            aria-label={label}
            title={`${label} (${shortcut(SHORTCUTS.highlight)} repeats the last colour)`}
            onClick={() => {
              onColour(colour);
              if (view) highlightSelection(view, colour);
            }}
          >
            <Box tag="span" style={{ background: MARK_COLOURS[colour].background, padding: '0 6px', borderRadius: 2 }}>
              {text(`colour.${colour}`, MARK_COLOURS[colour].label)}
            </Box>
          </Button>
        );
      })}
      <Button size="S" variant="secondary" startIcon={<Link />} disabled={off} onClick={onLinkToSource} title={shortcut(SHORTCUTS.linkToSource)}>
        {text('linkToSource', 'Link to source')}
      </Button>
      <Button size="S" variant="tertiary" disabled={off} onClick={run(removeHighlightAtSelection)} title={shortcut(SHORTCUTS.removeHighlight)}>
        {text('removeHighlight', 'Remove highlight')}
      </Button>
      <IconButton label={text('bold', 'Bold')} disabled={off} onClick={run((editor) => wrapSelection(editor, '**'))} variant="ghost">
        <Bold />
      </IconButton>
      <IconButton label={text('italic', 'Italic')} disabled={off} onClick={run((editor) => wrapSelection(editor, '*'))} variant="ghost">
        <Italic />
      </IconButton>
      <IconButton label={text('heading', 'Heading')} disabled={off} onClick={run((editor) => toggleLinePrefix(editor, '## '))} variant="ghost">
        <HeadingTwo />
      </IconButton>
      <IconButton label={text('list', 'List')} disabled={off} onClick={run((editor) => toggleLinePrefix(editor, '- '))} variant="ghost">
        <BulletList />
      </IconButton>
      <IconButton label={text('link', 'Link')} disabled={off} onClick={run(insertLink)} variant="ghost">
        <Link />
      </IconButton>
      <IconButton label={text('image', 'Image from the media library')} disabled={off} onClick={onImage} variant="ghost">
        <Image />
      </IconButton>
      <IconButton label={text('code', 'Code')} disabled={off} onClick={run((editor) => wrapSelection(editor, '`'))} variant="ghost">
        <Code />
      </IconButton>
      <IconButton label={text('undo', 'Undo')} disabled={off} onClick={run(undo)} variant="ghost">
        <ArrowsCounterClockwise />
      </IconButton>
      <IconButton label={text('redo', 'Redo')} disabled={off} onClick={run(redo)} variant="ghost">
        <ArrowClockwise />
      </IconButton>
    </Flex>
  );
}
