import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../../src/plugins/sourcing/server/src/constants';
import { annotationCollection } from '../../../src/plugins/sourcing/server/src/domain/annotations';
import { annotationFailures, collectionFailures } from '../../helpers/standards/web-annotation';

// The domain's collection held to the W3C Web Annotation test suite's MUST tests (tests/standards/web-annotation).
const COLOURS: HighlightColour[] = [...HIGHLIGHT_COLOURS, 'default'];
const CASES = COLOURS.flatMap((colour) => [
  { colour, sourceUrl: 'https://example.org/source' as string | null },
  { colour, sourceUrl: null as string | null },
]);

function collectionOf(colour: HighlightColour, sourceUrl: string | null): Record<string, unknown> {
  return annotationCollection({
    collectionId: 'http://localhost:1337/api/sourcing/articles/a-story/annotations',
    targetId: 'https://the-adriatic.github.io/the-adriatic/2026/02/19/a-story/',
    title: 'A story',
    highlights: [{ documentId: 'h1', exact: 'quote', prefix: 'before ', suffix: ' after', start: 7, end: 12, colour, sourceUrl }],
  });
}

describe('Annotations against the W3C Web Annotation MUST tests', () => {
  it.each(CASES)('passes every MUST test for a $colour highlight (source $sourceUrl)', ({ colour, sourceUrl }) => {
    const collection = collectionOf(colour, sourceUrl);
    const [annotation] = (collection.first as { items: Array<Record<string, unknown>> }).items;
    expect(collectionFailures(collection)).toEqual([]);
    expect(annotationFailures({ '@context': collection['@context'], ...annotation })).toEqual([]);
  });

  it('defines each colour class in the annotation’s own embedded stylesheet', () => {
    const [annotation] = (collectionOf('green', null).first as { items: Array<Record<string, unknown>> }).items;
    expect(annotation.stylesheet).toEqual({ type: 'CssStylesheet', value: '.green { background-color: #c9f2c7; }' });
  });

  it('finds a styleClass without a stylesheet failing MUST test 4.4, as the suite means it to', () => {
    const [annotation] = (collectionOf('rose', null).first as { items: Array<Record<string, unknown>> }).items;
    const { stylesheet: _dropped, ...unstyled } = annotation;
    expect(annotationFailures({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...unstyled })).toEqual([
      expect.objectContaining({ assertion: '4.4-styleClassValidIfPresent.json' }),
    ]);
  });
});
