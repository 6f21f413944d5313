import { fixed, marked } from './helpers';

describe('the European date rule', () => {
  it.each([
    ['On February 9, 2026, they met.', 'On 9 February 2026, they met.'],
    ['By Feb. 9 it was over.', 'By 9 February it was over.'],
    ['From Sept 3rd onwards.', 'From 3 September onwards.'],
    ['Signed May 9, 2025.', 'Signed 9 May 2025.'],
  ])('turns %j round to day, month, year', (markdown, expected) => {
    expect(fixed('us-date', markdown)).toBe(expected);
  });

  it.each([
    ['the European order', 'On 9 February 2026 they met.'],
    ['a month and year', 'In February 2026 and in May 2025 they met.'],
    ['"May" the verb and the name', 'Theresa May 5 times said she may 9 times.'],
    ['a quotation', 'He wrote "see you on February 9" in a note.'],
    ['a URL', 'Filed at https://example.org/February 9.'],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('us-date', markdown)).toEqual([]);
  });
});

describe('the per cent rule', () => {
  it('writes "per cent" for % after a figure in running text', () => {
    expect(fixed('per-cent', 'Turnout was 45% and 12.5 % in the north.')).toBe('Turnout was 45 per cent and 12.5 per cent in the north.');
  });

  it.each([
    ['a table', '| party | share |\n|---|---|\n| SNSD | 45% |'],
    ['a quotation', 'She said "45% is enough".'],
    ['code', 'Set `width: 50%`.'],
    ['a URL', 'See https://example.org/?q=50%25 now.'],
    ['"per cent" already', 'Turnout was 45 per cent.'],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('per-cent', markdown)).toEqual([]);
  });
});

describe('the numbers one to nine rule', () => {
  it('spells out a lone figure one to nine, capitalised at the start of a sentence', () => {
    expect(fixed('small-number', 'Officials named 3 diplomats. 4 of them left, and 2 stayed.')).toBe(
      'Officials named three diplomats. Four of them left, and two stayed.',
    );
  });

  it.each([
    ['ages', 'She was aged 7 and he was 9 years old; a 5-year-old.'],
    ['percentages', 'It rose 5% or 3 per cent.'],
    ['vote tallies', 'The court ruled 5 to 4; it passed by 6 votes.'],
    ['money', 'It cost €5, $3 or 9 euros; 2 billion in aid.'],
    ['numbers of ten and more, decimals and times', 'Some 10 or 23 people, 2.5 km, at 9:30 and 3pm.'],
    ['measures', 'It waits 2 s for a 1 MB file on 3 ha.'],
    ['dates', 'On 9 February the 3 March deadline passed.'],
    ['labels and names', 'Article 5, Windows 7, G7, COVID-19, KFOR 34 and No. 2.'],
    ['footnote numbers and ranges', 'As reported [1] [2], 2-3 times, 1–2 quotes.'],
    ['a quotation', 'He said "3 men came".'],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('small-number', markdown)).toEqual([]);
  });
});
