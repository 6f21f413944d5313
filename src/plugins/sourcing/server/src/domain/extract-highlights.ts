import { Parser } from 'htmlparser2';
import { HIGHLIGHT_COLOURS, QUOTE_CONTEXT_LENGTH, type HighlightColour } from '../constants';
import { kramdownLikeMarkdown } from './markdown/render';
import { proseAsText } from './sanitize-body';
import { resolveLiquidLinks } from './liquid-links';

/** A <mark> found in a body, with W3C Web Annotation selectors over the body's plain text. */
export interface ExtractedMark {
  exact: string;
  prefix: string;
  suffix: string;
  /** TextPositionSelector: offsets in the plain text, end exclusive. */
  start: number;
  end: number;
  colour: HighlightColour;
  /** The link around (or inside) the mark, as written; null for a highlight that is emphasis only. */
  linkUrl: string | null;
}

export interface ExtractedBody {
  /** The text a reader sees: the rendered body's text content, so a frontend can re-anchor the selectors itself. */
  text: string;
  marks: ExtractedMark[];
}

// Read as readers are shown it (the delivery plugin renders with the same reader), so the selectors' text is theirs.
const markdown = kramdownLikeMarkdown();

function colourOf(className: string | undefined): HighlightColour {
  const classes = (className ?? '').split(/\s+/);
  return HIGHLIGHT_COLOURS.find((colour) => classes.includes(colour)) ?? 'default';
}

interface OpenMark {
  start: number;
  colour: HighlightColour;
  linkUrl: string | null;
}

/** Renders the Markdown body and returns its plain text and every non-empty <mark>, in reading order. */
export function extractHighlights(body: string): ExtractedBody {
  let text = '';
  const links: Array<string | null> = [];
  const openMarks: OpenMark[] = [];
  const found: Array<Omit<ExtractedMark, 'prefix' | 'suffix'>> = [];

  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'a') {
        const href = attribs.href ?? null;
        links.push(href);
        for (const mark of openMarks) mark.linkUrl ??= href;
      } else if (name === 'mark') {
        const enclosing = [...links].reverse().find((href) => href !== null) ?? null;
        openMarks.push({ start: text.length, colour: colourOf(attribs.class), linkUrl: enclosing });
      }
    },
    ontext(chunk) {
      text += chunk;
    },
    onclosetag(name) {
      if (name === 'a') links.pop();
      if (name !== 'mark') return;
      const mark = openMarks.pop();
      if (!mark) return;
      const exact = text.slice(mark.start);
      if (exact.trim()) found.push({ ...mark, exact, end: text.length });
    },
  });
  // Read as readers are shown it: a "<" that opens no tag is text, a Liquid link is the path it stands for.
  parser.end(markdown.render(proseAsText(resolveLiquidLinks(body))));

  const marks = found
    .sort((a, b) => a.start - b.start)
    .map((mark) => ({
      ...mark,
      prefix: text.slice(Math.max(0, mark.start - QUOTE_CONTEXT_LENGTH), mark.start),
      suffix: text.slice(mark.end, mark.end + QUOTE_CONTEXT_LENGTH),
    }));
  return { text, marks };
}
