import { checkArchive, measure, readJudgements } from '../../../../scripts/lib/house-style-corpus';
import { RULE_IDS } from '../../../../src/plugins/house-style/server/src/domain/types';

// The labelled corpus: every advisory the rules give on the Adriatic archive and the fact-check texts, judged by the
// style guide (tests/fixtures/house-style/judgements.json; `node dist/scripts/house-style-corpus.js` adds new ones).
const measurement = measure(checkArchive(), readJudgements(), RULE_IDS);

describe('the house-style rules on the labelled archive', () => {
  it('give no advisory that has not been judged', () => {
    expect(measurement.unjudged).toEqual([]);
  });

  it('are right at least nine times in ten overall', () => {
    expect(measurement.overall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(RULE_IDS)('have the %s rule right at least four times in five where it speaks', (rule) => {
    const row = measurement.rules.find((candidate) => candidate.rule === rule);
    expect(row?.precision ?? 1).toBeGreaterThanOrEqual(0.8);
  });
});
