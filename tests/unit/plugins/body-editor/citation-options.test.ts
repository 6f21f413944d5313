import { citationOptions, sourceLabel } from '../../../../src/plugins/sourcing/admin/src/editor/citation-options';

describe('Offering the citation list after "["', () => {
  it('lists every listed or cited number once, in order, with its source by title and host, then the next number', () => {
    const sources = new Map([[1, { url: 'https://www.who.int/news/x', title: 'WHO statement' }]]);
    expect(citationOptions([2, 1], [3, 1], sources)).toEqual([
      { label: '[1]', detail: 'WHO statement (www.who.int)' },
      { label: '[2]', detail: 'waiting for a source' },
      { label: '[3]', detail: 'waiting for a source' },
      { label: '[4]', detail: 'next number: a new citation' },
    ]);
  });

  it('offers [1] in a text with no citations yet', () => {
    expect(citationOptions([], [], new Map())).toEqual([{ label: '[1]', detail: 'next number: a new citation' }]);
  });

  it('names a source without a title by its host', () => {
    expect(sourceLabel({ url: 'https://example.org/a', title: null })).toBe('example.org');
  });
});
