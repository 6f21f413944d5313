import fs from 'fs';
import { checkArchive, judgementKey, readJudgements, JUDGEMENTS, type Judgement } from './lib/house-style-corpus';

/**
 * Brings the labelled corpus up to date with the rules: every advisory the rules now give on the archive is listed in
 * tests/fixtures/house-style/judgements.json, keeping the verdicts already given and adding new ones unjudged
 * (`"slip": null`) for an editor to judge by the guide. Advisories the rules no longer give are dropped.
 */
function main(): void {
  const known = new Map(readJudgements().map((judgement) => [judgementKey(judgement), judgement]));
  const entries: Judgement[] = checkArchive().flatMap(({ advisories }) =>
    advisories.map((advisory) => {
      const judged = known.get(judgementKey(advisory));
      return judged ? { ...advisory, slip: judged.slip, ...(judged.why ? { why: judged.why } : {}) } : { ...advisory, slip: null };
    }),
  );
  fs.writeFileSync(JUDGEMENTS, `${JSON.stringify(entries, null, 2)}\n`);
  const open = entries.filter((entry) => entry.slip === null).length;
  process.stdout.write(`${entries.length} advisories, ${open} to judge, in ${JUDGEMENTS}\n`);
}

main();
