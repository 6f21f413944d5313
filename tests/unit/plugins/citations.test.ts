import {
  citationFindings,
  citationListNeedsCompleting,
  citedNumbers,
  completeCitationList,
  leakedTokens,
} from '../../../src/plugins/sourcing/server/src/domain/citations';

const text = (value: string, path: Array<string | number> = ['summary']) => ({ path, text: value });

describe('citedNumbers', () => {
  it('reads [n] citations and ignores Markdown links and link definitions', () => {
    expect(citedNumbers('One [1] [2]. Two [10].[11] and [3](https://x.org) and\n[4]: https://x.org')).toEqual([1, 2, 10, 11]);
  });
});

describe('leakedTokens', () => {
  it('finds internal paragraph/sentence references', () => {
    expect(leakedTokens('not found in current reporting; p1_s4). Also p12_s3.')).toEqual(['p1_s4', 'p12_s3']);
  });
  it('leaves ordinary words alone', () => {
    expect(leakedTokens('top_secret p1 s4 mp3_s1x')).toEqual([]);
  });
});

describe('completeCitationList', () => {
  it('adds an empty entry for each cited number the list lacks, in number order, keeping existing entries', () => {
    const existing = [
      { number: 3, source: 'c' },
      { number: 1, source: 'a' },
    ];
    expect(completeCitationList(existing, [1, 2, 3, 4])).toEqual([{ number: 1, source: 'a' }, { number: 2 }, { number: 3, source: 'c' }, { number: 4 }]);
  });
  it('keeps an entry the text no longer cites, for the report to point out', () => {
    expect(completeCitationList([{ number: 5 }], [1])).toEqual([{ number: 1 }, { number: 5 }]);
  });
  it('says when nothing needs completing', () => {
    expect(citationListNeedsCompleting([{ number: 1 }, { number: 2 }], [1, 2])).toBe(false);
    expect(citationListNeedsCompleting([{ number: 2 }, { number: 1 }], [1, 2])).toBe(true);
    expect(citationListNeedsCompleting([{ number: 1 }], [1, 2])).toBe(true);
  });
});

describe('citationFindings', () => {
  const codes = (findings: ReturnType<typeof citationFindings>) => findings.map((finding) => [finding.code, finding.path.join('.')]);

  it('finds nothing when every cited number has a source and every source is cited', () => {
    expect(
      citationFindings(
        [text('A [1] B [2].')],
        [
          { number: 1, hasSource: true },
          { number: 2, hasSource: true },
        ],
      ),
    ).toEqual([]);
  });

  it.each([
    ['a cited number without a source', [text('A [1].')], [{ number: 1, hasSource: false }], [['citation-without-source', 'citations.0.source']]],
    ['a cited number with no entry', [text('A [2].')], [], [['citation-not-listed', 'citations']]],
    [
      'a source never cited',
      [text('A [1].')],
      [
        { number: 1, hasSource: true },
        { number: 2, hasSource: true },
      ],
      [['source-never-cited', 'citations.1.number']],
    ],
    [
      'a number listed twice',
      [text('A [1].')],
      [
        { number: 1, hasSource: true },
        { number: 1, hasSource: true },
      ],
      [['duplicate-citation', 'citations.1.number']],
    ],
    ['a leaked token in a section', [text('A p1_s4 [1].', ['sections', 5, 'body'])], [{ number: 1, hasSource: true }], [['leaked-token', 'sections.5.body']]],
  ])('reports %s at the field to fix', (_case, texts, citations, expected) => {
    expect(codes(citationFindings(texts, citations))).toEqual(expected);
  });

  it('does not report an empty entry the text no longer cites', () => {
    expect(citationFindings([text('No citations.')], [{ number: 1, hasSource: false }])).toEqual([]);
  });
});
