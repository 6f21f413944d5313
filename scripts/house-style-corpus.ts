import fs from 'fs';
import { RULE_IDS } from '../src/plugins/house-style/server/src/domain/types';
import { checkArchive, judgementKey, measure, readJudgements, JUDGEMENTS, type Judgement } from './lib/house-style-corpus';

/**
 * Brings the labelled corpus up to date with the rules: every advisory the rules now give on the archive is listed in
 * tests/fixtures/house-style/judgements.json, keeping the verdicts already given and adding new ones unjudged
 * (`"slip": null`) for an editor to judge by the guide. Advisories the rules no longer give are dropped. Prints the
 * precision table the plugin README shows.
 */
const percent = (value: number | null): string => (value === null ? 'no advisories' : `${(value * 100).toFixed(1)} %`);

function main(): void {
  const known = new Map(readJudgements().map((judgement) => [judgementKey(judgement), judgement]));
  const corpus = checkArchive();
  const entries: Judgement[] = corpus.flatMap(({ advisories }) =>
    advisories.map((advisory) => {
      const judged = known.get(judgementKey(advisory));
      return judged ? { ...advisory, slip: judged.slip, ...(judged.why ? { why: judged.why } : {}) } : { ...advisory, slip: null };
    }),
  );
  fs.writeFileSync(JUDGEMENTS, `${JSON.stringify(entries, null, 2)}\n`);
  const open = entries.filter((entry) => entry.slip === null).length;
  process.stdout.write(`${entries.length} advisories, ${open} to judge, in ${JUDGEMENTS}\n\n`);
  const { words, rules, overall } = measure(corpus, entries, RULE_IDS);
  const lines = ['| rule | advisories | true slips | precision | true slips per 1,000 words |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const row of rules)
    lines.push(`| \`${row.rule}\` | ${row.advisories} | ${row.slips} | ${percent(row.precision)} | ${row.slipsPerThousandWords.toFixed(2)} |`);
  const slips = rules.reduce((sum, row) => sum + row.slips, 0);
  const total = rules.reduce((sum, row) => sum + row.advisories, 0);
  lines.push(`| **overall** | ${total} | ${slips} | ${percent(overall)} | ${((slips * 1000) / words).toFixed(2)} |`);
  process.stdout.write(`${lines.join('\n')}\n\n${words} words in the corpus.\n`);
}

main();
