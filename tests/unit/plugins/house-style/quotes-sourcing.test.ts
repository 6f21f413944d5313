import { advisories, marked } from './helpers';

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
const quote = (index: number) => `He said "this is quote number ${index} in full".`;

describe('the quote density rule', () => {
  it('reports the first direct quote past one per 300 words', () => {
    const markdown = [words(600), quote(1), quote(2), quote(3)].join('\n\n');
    const found = advisories('quote-density', markdown);
    expect(found.map((advisory) => markdown.slice(advisory.start, advisory.end))).toEqual(['"this is quote number 3 in full"']);
    expect(found[0].message).toMatch(/This piece has 3 in 6\d\d words; about 2 would fit\./);
  });

  it.each([
    ['quotes within the ratio', [words(900), quote(1), quote(2), quote(3)].join('\n\n')],
    ['short fragments and scare quotes', [words(300), 'A "proxy presidency", a "reset", "quite worried", "frame mogged".'].join('\n\n')],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('quote-density', markdown)).toEqual([]);
  });

  it("follows the newsroom's ratio", () => {
    expect(marked('quote-density', [words(900), quote(1), quote(2)].join('\n\n'), { wordsPerQuote: 600 })).toHaveLength(1);
  });
});

describe('the closing sourcing line rule', () => {
  const synthesis = 'From [Politico](https://www.politico.eu/a) and [NATO](https://www.nato.int/b).\n\nThe last paragraph.';

  it('marks the last paragraph of a synthesis piece that has no italic sourcing line', () => {
    expect(marked('sourcing-line', synthesis)).toEqual(['The last paragraph.']);
  });

  it.each([
    ['a synthesis piece ending in italics', `${synthesis}\n\n*This article draws on reporting by Politico and on analyses published by NATO.*`],
    ['an <em> line', `${synthesis}\n\n<em>This article draws on reporting by Politico.</em>`],
    ['a piece linking to one source', 'From [Politico](https://www.politico.eu/a).\n\nThe end.'],
    ['links inside the site only', "From [us]({{ '/newsletter' | relative_url }}).\n\nThe end."],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('sourcing-line', markdown)).toEqual([]);
  });

  it('does not take a partly italic line for the sourcing line', () => {
    expect(marked('sourcing-line', `${synthesis}\n\n*This article* draws on Politico.`)).toHaveLength(1);
  });
});
