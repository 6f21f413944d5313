import { highlightLinkFindings, highlightSizeFindings } from '../../../src/plugins/sourcing/server/src/domain/highlight-findings';
import { classifyHref, sourceUrlOf } from '../../../src/plugins/sourcing/server/src/domain/link-target';
import { annotationCollection } from '../../../src/plugins/sourcing/server/src/domain/annotations';

const SITE = ['https://the-adriatic.github.io/the-adriatic/'];

describe('classifyHref', () => {
  it.each([
    ['https://www.nato.int/kfor', 'web'],
    ['/newsletter', 'site'],
    ['#notes', 'fragment'],
    ['mailto:desk@example.org', 'other'],
    ['ftp://example.org/file', 'other'],
    ['//evil.example/x', 'other'],
    ['{{ site.baseurl }}/x', 'other'],
    ['notes.html', 'other'],
  ])('classifies %s as %s', (href, kind) => {
    expect(classifyHref(href, SITE).kind).toBe(kind);
  });

  it('resolves a site path under the first site root', () => {
    expect(sourceUrlOf(classifyHref('/newsletter', SITE))).toBe('https://the-adriatic.github.io/the-adriatic/newsletter');
  });

  it('has no source for a site path when no site root is configured', () => {
    expect(sourceUrlOf(classifyHref('/newsletter', []))).toBeNull();
  });
});

describe('highlightLinkFindings', () => {
  it('reports, on the body, a highlight linking somewhere a reader cannot follow', () => {
    const findings = highlightLinkFindings([{ exact: 'no comment', linkUrl: 'mailto:press@example.org' }], SITE);
    expect(findings).toEqual([expect.objectContaining({ code: 'highlight-link-not-web', path: ['body'] })]);
    expect(findings[0].message).toContain('mailto:press@example.org');
  });

  it('accepts web and site links and highlights without a link', () => {
    const marks = [
      { exact: 'a', linkUrl: 'https://example.org' },
      { exact: 'b', linkUrl: '/newsletter' },
      { exact: 'c', linkUrl: null },
    ];
    expect(highlightLinkFindings(marks, SITE)).toEqual([]);
  });
});

describe('annotationCollection', () => {
  const highlight = {
    documentId: 'h1',
    exact: 'quote',
    prefix: 'before ',
    suffix: ' after',
    start: 7,
    end: 12,
    colour: 'yellow' as const,
    sourceUrl: 'https://example.org/s',
  };

  it('makes a linking annotation with quote and position selectors for a highlight with a source', () => {
    const collection = annotationCollection({ collectionId: 'http://h/c', targetId: 'http://h/a', title: 'T', highlights: [highlight] });
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    expect((collection.first as { items: unknown[] }).items[0]).toEqual({
      id: 'http://h/c#h1',
      type: 'Annotation',
      motivation: 'linking',
      body: 'https://example.org/s',
      target: {
        source: 'http://h/a',
        styleClass: 'yellow',
        selector: [
          { type: 'TextQuoteSelector', exact: 'quote', prefix: 'before ', suffix: ' after' },
          { type: 'TextPositionSelector', start: 7, end: 12 },
        ],
      },
      stylesheet: { type: 'CssStylesheet', value: '.yellow { background-color: #fff3a3; }' },
    });
  });

  it('makes a highlighting annotation without a body for emphasis only', () => {
    const collection = annotationCollection({
      collectionId: 'c',
      targetId: 'a',
      title: 'T',
      highlights: [{ ...highlight, sourceUrl: null, colour: 'default' }],
    });
    const [item] = (collection.first as { items: Array<Record<string, unknown>> }).items;
    expect(item.motivation).toBe('highlighting');
    expect(item).not.toHaveProperty('body');
    expect(item.target).not.toHaveProperty('styleClass');
    expect(item).not.toHaveProperty('stylesheet');
  });
});

describe('highlightSizeFindings', () => {
  it('reports, on the body, a quote longer than a highlight can hold', () => {
    const [finding] = highlightSizeFindings([{ exact: 'word '.repeat(401), linkUrl: null }]);
    expect(finding).toMatchObject({ code: 'quote-too-long', path: ['body'] });
  });

  it('reports a link longer than a highlight can hold', () => {
    expect(highlightSizeFindings([{ exact: 'q', linkUrl: `https://example.org/${'a'.repeat(2048)}` }])).toEqual([
      expect.objectContaining({ code: 'link-too-long', path: ['body'] }),
    ]);
  });

  it('accepts a quote and a link within the limits', () => {
    expect(highlightSizeFindings([{ exact: 'q'.repeat(2000), linkUrl: 'https://example.org/a' }])).toEqual([]);
  });
});
