import { HIGHLIGHT_BACKGROUNDS } from '../constants';
import type { StoredHighlight } from './reconcile-highlights';

/** A published highlight as the annotations endpoint reads it: its selectors, colour and source address. */
export type AnnotatedHighlight = Pick<StoredHighlight, 'documentId' | 'exact' | 'prefix' | 'suffix' | 'start' | 'end' | 'colour'> & {
  sourceUrl: string | null;
};

export interface AnnotationCollectionInput {
  /** The address this collection is served at; annotation ids are fragments of it. */
  collectionId: string;
  /** The article's page on the public site: what a reader annotates is the page, not the CMS's record of it. */
  targetId: string;
  title: string;
  highlights: readonly AnnotatedHighlight[];
}

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

function selectors(highlight: AnnotatedHighlight): Record<string, unknown>[] {
  const quote: Record<string, unknown> = { type: 'TextQuoteSelector', exact: highlight.exact };
  if (highlight.prefix) quote.prefix = highlight.prefix;
  if (highlight.suffix) quote.suffix = highlight.suffix;
  if (highlight.start === null || highlight.end === null) return [quote];
  return [quote, { type: 'TextPositionSelector', start: highlight.start, end: highlight.end }];
}

/**
 * The colour as the Web Annotation model carries style (section 4.4): a styleClass on the target, and on the
 * annotation a stylesheet defining that class. The stylesheet is embedded (a CssStylesheet with the rule as its value),
 * so an annotation copied on its own still says how it looks. The default colour is the client's own: no class.
 */
function styled(colour: AnnotatedHighlight['colour']): { styleClass?: string; stylesheet?: Record<string, string> } {
  if (colour === 'default') return {};
  return {
    styleClass: colour,
    stylesheet: { type: 'CssStylesheet', value: `.${colour} { background-color: ${HIGHLIGHT_BACKGROUNDS[colour]}; }` },
  };
}

/**
 * The article's highlights as a W3C Web Annotation collection (JSON-LD): a highlight that cites a source is a
 * "linking" annotation whose body is the source; one that is emphasis only is "highlighting".
 */
export function annotationCollection({ collectionId, targetId, title, highlights }: AnnotationCollectionInput): Record<string, unknown> {
  const items = highlights.map((highlight) => {
    const { styleClass, stylesheet } = styled(highlight.colour);
    return {
      id: `${collectionId}#${highlight.documentId}`,
      type: 'Annotation',
      motivation: highlight.sourceUrl ? 'linking' : 'highlighting',
      ...(highlight.sourceUrl ? { body: highlight.sourceUrl } : {}),
      target: { source: targetId, ...(styleClass ? { styleClass } : {}), selector: selectors(highlight) },
      ...(stylesheet ? { stylesheet } : {}),
    };
  });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Highlights in "${title}"`,
    total: items.length,
    first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
