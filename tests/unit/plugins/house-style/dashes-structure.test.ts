import { fixed, marked } from './helpers';

describe('the spaced em dash rule', () => {
  it.each([
    ['a spaced hyphen', 'The push - described as a reset - failed.', 'The push — described as a reset — failed.'],
    ['an unspaced em dash', 'The push—a reset—failed.', 'The push — a reset — failed.'],
    ['an em dash spaced on one side', 'The push —a reset— failed.', 'The push — a reset — failed.'],
    ['a spaced en dash and a double hyphen', 'The push – a reset -- failed.', 'The push — a reset — failed.'],
  ])('replaces %s with " — "', (_, markdown, expected) => {
    expect(fixed('spaced-dash', markdown)).toBe(expected);
  });

  it.each([
    ['spaced em dashes', 'The push — a reset — failed.'],
    ['hyphenated words', 'A post-war, Euro-Atlantic self-image.'],
    ['ranges and scores', 'In 2020–2021 it ended 3 - 1.'],
    ['a quotation', 'He said "the push - a reset".'],
    ['code and URLs', 'Run `a - b` at https://example.org/a--b.'],
    ['list markers and rules', 'Intro.\n\n---\n\nMore.'],
  ])('leaves %s alone', (_, markdown) => {
    expect(marked('spaced-dash', markdown)).toEqual([]);
  });
});

describe('the list and block-quote rules', () => {
  it('marks each bullet or numbered list once, over its whole extent', () => {
    expect(marked('no-list', 'Intro.\n\n- one\n- two\n\nMiddle.\n\n1. first\n2. second\n')).toEqual(['- one\n- two', '1. first\n2. second']);
  });

  it('marks a nested list once, with its parent', () => {
    expect(marked('no-list', '- one\n  - inner\n- two')).toHaveLength(1);
  });

  it('marks a block quote over its whole extent', () => {
    expect(marked('no-block-quote', 'Intro.\n\n> He said so.\n> And more.\n\nAfter.')).toEqual(['> He said so.\n> And more.']);
  });

  it.each([
    ['hyphenated prose', 'A well-known - and disputed - claim.'],
    ['a list inside code', '```\n- one\n> two\n```'],
    ['a figure with a full stop in prose', 'It was 1999. Then 2000.'],
  ])('finds neither in %s', (_, markdown) => {
    expect([...marked('no-list', markdown), ...marked('no-block-quote', markdown)]).toEqual([]);
  });
});
