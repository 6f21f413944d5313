import { parseAuthorsFile } from '../../../src/importer/domain/authors';
import { fingerprint } from '../../../src/importer/domain/fingerprint';
import { preferredLabels } from '../../../src/importer/domain/labels';
import { count, emptyTally, renderTally } from '../../../src/importer/domain/tally';
import { permalinkVariants } from '#domain/permalink';

describe('one category or kicker for every spelling', () => {
  it('keys spellings by slug and labels each with the most careful one', () => {
    expect([...preferredLabels(['politics', 'Politics', 'living', 'Nato 3.0', 'NATO 3.0', 'business'])]).toEqual([
      ['politics', 'Politics'],
      ['living', 'Living'],
      ['nato-3-0', 'NATO 3.0'],
      ['business', 'Business'],
    ]);
  });

  it('keeps the first of equally careful spellings, so a re-run picks the same', () => {
    expect(preferredLabels(['Dayton At 31', 'Dayton at 31', 'dayton AT 31']).get('dayton-at-31')).toBe('Dayton At 31');
  });
});

describe('authors.yml', () => {
  it('reads each display name with its bio, diacritics kept', () => {
    expect(parseAuthorsFile('Andraž Tavčar:\n  bio: "Editor."\nThe Adriatic:\n')).toEqual([
      { name: 'Andraž Tavčar', bio: 'Editor.' },
      { name: 'The Adriatic', bio: null },
    ]);
  });

  it('refuses a file that is not a map of authors', () => {
    expect(() => parseAuthorsFile('- one\n- two\n')).toThrow('map each author name');
  });
});

describe('the import fingerprint', () => {
  it('is the same for the same data in any key order, and differs with the data or the mode', () => {
    const base = fingerprint({ title: 'A', body: 'B' }, 'publish');
    expect(fingerprint({ body: 'B', title: 'A' }, 'publish')).toBe(base);
    expect(fingerprint({ title: 'A', body: 'B!' }, 'publish')).not.toBe(base);
    expect(fingerprint({ title: 'A', body: 'B' }, 'draft')).not.toBe(base);
  });
});

describe('the closing summary table', () => {
  it('has a row per type and a column per outcome', () => {
    const tally = emptyTally();
    count(tally, 'Article', 'created', 12);
    count(tally, 'Article', 'failed');
    const lines = renderTally(tally).split('\n');
    expect(lines[0].trim().split(/\s+/)).toEqual(['created', 'updated', 'unchanged', 'failed']);
    expect(lines[1].split(/\s+/)).toEqual(['Article', '12', '0', '0', '1']);
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(['', 'Article', 'FactCheck', 'Author', 'Category', 'Kicker', 'Highlight', 'Source']);
  });
});

describe('old permalinks', () => {
  it.each([
    ['/2026/02/19/kfor-downscaling/', ['/2026/02/19/kfor-downscaling', '/2026/02/19/kfor-downscaling/']],
    ['/2026/02/19/kfor-downscaling', ['/2026/02/19/kfor-downscaling', '/2026/02/19/kfor-downscaling/']],
    ['/2026/02/19/kfor-downscaling/?utm_source=x#top', ['/2026/02/19/kfor-downscaling', '/2026/02/19/kfor-downscaling/']],
    ['/2026/02/19/kfor-downscaling/index.html', ['/2026/02/19/kfor-downscaling', '/2026/02/19/kfor-downscaling/']],
  ])('finds %s with or without its trailing slash or index.html', (input, variants) => {
    expect(permalinkVariants(input)).toEqual(variants);
  });

  it.each(['https://example.com/2026/', '//example.com/x', 'relative/path', '/'])('refuses "%s", which is not a site path', (input) => {
    expect(permalinkVariants(input)).toBeNull();
  });
});
