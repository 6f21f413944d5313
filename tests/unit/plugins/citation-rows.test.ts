import { attachSource, chosenSource, relationChange, removeCitation, type FormCitation } from '../../../src/plugins/sourcing/server/src/domain/citation-form';
import { citationRows, excerptCiting, hostOf, sentencesCiting, sourceName } from '../../../src/plugins/sourcing/server/src/domain/citation-rows';
import { citingTexts } from '../../../src/plugins/sourcing/server/src/domain/citations';

const NATO = { documentId: 'nato', title: 'KFOR facts', url: 'https://www.nato.int/kfor' };
const UN = { documentId: 'un', title: null, url: 'https://news.un.org/story' };

describe('The Citations panel’s rows', () => {
  const texts = citingTexts({
    summary: 'Troops stayed in 2025 [1]. Smith disagreed [2]. Nobody else spoke.',
    sections: [{ heading: 'Numbers', body: 'The force has 4,500 soldiers [1] [3].' }],
  });

  it('gives each number the sentences that cite it, across the summary and the sections, and not the sentences that do not', () => {
    expect(sentencesCiting(texts, 1)).toEqual(['Troops stayed in 2025 [1].', 'The force has 4,500 soldiers [1] [3].']);
    expect(sentencesCiting(texts, 2)).toEqual(['Smith disagreed [2].']);
  });

  it('marks a cited number without a source, a listed source never cited, an unlisted cited number, and a complete one', () => {
    const rows = citationRows(texts, [
      { number: 1, source: NATO },
      { number: 2, source: null },
      { number: 4, source: UN },
      { number: 5, source: null },
    ]);
    expect(rows.map(({ number, state, listed }) => [number, state, listed])).toEqual([
      [1, 'complete', true],
      [2, 'cited-without-source', true],
      [3, 'cited-without-source', false],
      [4, 'never-cited', true],
      [5, 'unused', true],
    ]);
  });

  it('names a source by its title and host, or by its host alone, never by its raw address', () => {
    expect(sourceName(NATO)).toBe('KFOR facts (nato.int)');
    expect(sourceName(UN)).toBe('news.un.org');
    expect(hostOf('not an address')).toBe('not an address');
  });
});

describe('Choosing a citation’s source in the edit form', () => {
  const items: FormCitation[] = [
    { id: 7, number: 1, note: 'p. 3', source: { connect: [], disconnect: [] }, __temp_key__: 'a0' },
    { id: 8, number: 2, note: null, source: { connect: [], disconnect: [] }, __temp_key__: 'a1' },
  ];

  it('connects the source on the entry of its number, keeping the entry’s id and note, and sends only its documentId', () => {
    const changed = attachSource(items, 2, relationChange(NATO));
    expect(changed[0]).toBe(items[0]);
    expect(changed[1]).toMatchObject({ id: 8, number: 2, __temp_key__: 'a1', source: { connect: [{ apiData: { documentId: 'nato' } }], disconnect: [] } });
    expect(chosenSource(changed[1])).toMatchObject({ documentId: 'nato', title: 'KFOR facts' });
  });

  it('adds an entry after the others for a number the text cites that the list lacks', () => {
    const changed = attachSource(items, 3, relationChange(UN));
    expect(changed).toHaveLength(3);
    expect(changed[2]).toMatchObject({ number: 3, note: null, source: { connect: [{ apiData: { documentId: 'un' } }] } });
    expect(changed[2].__temp_key__ && changed[2].__temp_key__ > 'a1').toBe(true);
  });

  it('takes a number’s entry out of the list, leaving the others as they were', () => {
    expect(removeCitation(items, 1)).toEqual([items[1]]);
  });

  it('reads no chosen source from an entry as the form loads it', () => {
    expect(chosenSource(items[0])).toBeNull();
  });
});

describe('What a citation row shows of a long sentence', () => {
  const long = `${'The United States contributes troops to a mission with many tasks, '.repeat(4)}including exercises [3]. Then more words follow here.`;

  it('keeps a short sentence whole', () => {
    expect(excerptCiting('Troops stayed [1].', 1)).toBe('Troops stayed [1].');
  });

  it('shows the words just before the number, from a word’s start, marked as cut', () => {
    const excerpt = excerptCiting(long, 3, 80);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt).toContain('including exercises [3]');
    expect(excerpt.length).toBeLessThanOrEqual(82);
    expect(excerpt.slice(1, 2)).toMatch(/\S/);
  });
});
