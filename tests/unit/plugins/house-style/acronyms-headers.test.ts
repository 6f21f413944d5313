import { advisories, marked } from './helpers';

describe('the acronym rule', () => {
  it('reports an acronym whose first use is not spelt out, once', () => {
    expect(marked('acronym-first-use', 'The CEC met. The CEC ruled.')).toEqual(['CEC']);
  });

  it('names the acronym in its message', () => {
    expect(advisories('acronym-first-use', 'The CEC met.')[0].message).toMatch(/\(CEC\)$/);
  });

  it.each([
    ['an acronym spelt out on first use', 'The Central Election Commission (CEC) met. The CEC ruled.'],
    ['acronyms every reader knows', 'The EU, NATO, the US, the UK and MPs.'],
    ['a section header, the prose after it spells out', '## The CEC problem\n\nThe Central Election Commission (CEC) met.'],
    ['headline and standfirst', { markdown: 'Body.', title: 'CEC rules', deck: 'The CEC met.' }],
    ['a dateline and shouted capitals', 'BANJA LUKA — The vote was close.'],
    ['a list of cities in capitals', 'Datelines read BANJA LUKA, LONDON, BRUSSELS.'],
    ['a compound of capitals', 'It emits JSON-LD.'],
    ['roman numerals', 'After World War II and Louis XIV.'],
    ['a quotation, code and URLs', 'He said "the CEC is late", ran `CEC` at https://example.org/CEC.'],
  ])('leaves %s alone', (_, markdown) => {
    expect(advisories('acronym-first-use', markdown)).toEqual([]);
  });
});

describe('the sentence-case header rule', () => {
  it('reports a section header in Title Case', () => {
    expect(marked('sentence-case-heading', 'Intro.\n\n## What Comes Next For The Alliance\n\nMore.')).toEqual(['What Comes Next For The Alliance']);
  });

  it.each([
    ['a header in sentence case', '## What comes next'],
    ['a header with names', "## Dodik's proxy holds on in Republika Srpska"],
    ['a header with acronyms', '## The KOPOP problem at NATO'],
    ['Title Case in a paragraph', 'What Comes Next For The Alliance.'],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('sentence-case-heading', markdown)).toEqual([]);
  });
});
