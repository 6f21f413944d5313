import type { HighlightColour } from '../../../server/src/constants';

/**
 * The newsroom's highlighter colours, as the site shows a `<mark>` of each class (blue when it has none). The old
 * Jekyll archive in the fixtures holds posts only, not its stylesheet, so these are the site's colours as the desk
 * describes them ("someone ran a highlighter over the text"); change them here and the editor follows.
 */
export const MARK_COLOURS: Record<HighlightColour, { background: string; name: string; label: string }> = {
  yellow: { background: '#fff3a3', name: 'yellow', label: 'Yellow' },
  green: { background: '#c9f2c7', name: 'green', label: 'Green' },
  rose: { background: '#ffd3de', name: 'rose', label: 'Rose' },
  default: { background: '#cfe6ff', name: 'blue', label: 'Blue' },
};

/** The colours in the order the toolbar offers them: the newsroom's three, then the default blue. */
export const TOOLBAR_COLOURS: HighlightColour[] = ['yellow', 'green', 'rose', 'default'];
