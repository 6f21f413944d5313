import { DEFAULT_SETTINGS, MAX_MARKDOWN } from '../../../../src/plugins/house-style/server/src/constants';
import { checkStyle } from '../../../../src/plugins/house-style/server/src/domain/check';

const fill = (unit: string) => unit.repeat(Math.ceil(MAX_MARKDOWN / unit.length)).slice(0, MAX_MARKDOWN);

// Texts at the API's cap built to make a backtracking pattern retry along the whole text.
const HOSTILE: Array<[string, string]> = [
  ['one long word', fill('a')],
  ['one long figure', fill('1')],
  ['words without a full stop', fill('word ')],
  ['template tags never closed', fill('{{ ')],
  ['attribute lists never closed', fill('{: ')],
  ['footnote marks never closed', fill('[^')],
  ['links never closed', fill('<a ')],
  ['at signs', fill('a@')],
  ['question marks in a long sentence', fill('why? ')],
  ['per cent signs', fill('1,%')],
  ['quotes', fill('"a ')],
];

describe('the house-style check on hostile texts', () => {
  it.each(HOSTILE)('checks %s at the length cap in well under a second', (_, markdown) => {
    const started = performance.now();
    checkStyle({ markdown, title: markdown.slice(0, 600), deck: markdown.slice(0, 600) }, DEFAULT_SETTINGS);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
