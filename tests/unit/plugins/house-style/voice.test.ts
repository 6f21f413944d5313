import { marked } from './helpers';

describe('the first person rule', () => {
  it('reports the writer speaking as I or we', () => {
    expect(marked('first-person', "We think our readers know. I'm sure, and so are we.")).toEqual(['We', 'our', "I'm", 'we']);
  });

  it.each([
    ['the United States', 'The US and the us in lower case.'],
    ['a quoted speaker', 'Karan said "we will continue our course".'],
    ['a numeral after a name', 'After World War I ended.'],
    ['code and URLs', 'Run `we` at https://example.org/our/we.'],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('first-person', markdown)).toEqual([]);
  });
});

describe('the exclamation mark rule', () => {
  it("reports exclamation marks in the writer's prose", () => {
    expect(marked('exclamation-mark', 'What a result! Truly!!')).toEqual(['!', '!!']);
  });

  it.each([
    ['a quotation', 'They chanted "Out!" twice.'],
    ['an image', 'Intro ![a chart](https://example.org/c.png) here.'],
    ['code and URLs', 'Use `a != b` and https://example.org/#!/page.'],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('exclamation-mark', markdown)).toEqual([]);
  });
});

describe('the rhetorical question rule', () => {
  it('reports a question the writer asks within running prose', () => {
    expect(marked('rhetorical-question', 'The vote is close. But what does it mean for Dodik? Quite a lot.')).toEqual(['But what does it mean for Dodik?']);
  });

  it.each([
    ['a quoted question', 'The vote is close. "What now?" he asked.'],
    ['a question standing alone as a line', 'What legal authorities govern KFOR?'],
    ['a URL with a query', 'The vote is close. See https://example.org/?q=a for more.'],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('rhetorical-question', markdown)).toEqual([]);
  });
});

describe('the "sources say" rule', () => {
  it.each([
    ['Sources say the deal is done.', ['Sources say']],
    ['The deal, sources said, is done.', ['sources said']],
    ['According to sources, the deal is done.', ['According to sources']],
    ['Unnamed sources told the paper.', ['Unnamed sources told']],
  ])('reports unqualified sourcing in %j', (markdown, expected) => {
    expect(marked('sources-say', markdown)).toEqual(expected);
  });

  it.each([
    ['sources with their role', 'Diplomatic sources said the deal is done. Two sources familiar with the talks agreed.'],
    ['sources close to someone', 'According to sources close to the minister, it is done.'],
    ['a quotation', 'He wrote "sources say it is done".'],
    ['sources as a noun', 'The sources of the river dried up.'],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('sources-say', markdown)).toEqual([]);
  });
});
