import { fixed, marked } from './helpers';

describe('the UK spelling rule', () => {
  it.each([
    ['The organization said so.', ['organization']],
    ['They recognized the result and analyzed it.', ['recognized', 'analyzed']],
    ['The color of their behavior, favorite labor.', ['color', 'behavior', 'favorite', 'labor']],
    ['A defense of the center.', ['defense', 'center']],
    ['She lost her license.', ['license']],
  ])('reports US spellings in %j', (markdown, words) => {
    expect(marked('uk-spelling', markdown)).toEqual(words);
  });

  it.each([
    ['UK spellings', 'The organisation recognised the colour of defence.'],
    ['words that end in -ize in UK English too', 'A prize of some size; they seize it; the boat capsized; the firm downsized.'],
    ['words in -or that are not US spellings', 'The motor, the error, the actor, the minor and the humorous tumour.'],
    ['license as the UK verb', 'The state will license the operator.'],
    ['proper names', 'The World Health Organization and Pearl Harbor. The Defense Department said so.'],
    ["a quoted speaker's words", 'The minister said the "organization is sound".'],
    ['code', 'Run `organize()` now.'],
    ['URLs and link targets', 'See [the report](https://example.org/organization-color) at https://example.org/behavior.'],
    ['HTML attributes', 'A <mark class="color">note</mark>.'],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('uk-spelling', markdown)).toEqual([]);
  });

  it('reports a sentence-opening word that is not a name', () => {
    expect(marked('uk-spelling', 'Organization matters.')).toEqual(['Organization']);
  });

  it('offers the UK spelling in the case of the word it replaces', () => {
    expect(fixed('uk-spelling', 'Organization of labor; they emphasized defenses.')).toBe('Organisation of labour; they emphasised defences.');
  });

  it("honours a newsroom's exceptions and added spellings", () => {
    expect(marked('uk-spelling', 'They organize a program.', { spellingExceptions: ['organize'], extraSpellings: ['program=programme'] })).toEqual(['program']);
  });
});
