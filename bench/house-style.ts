import fs from 'fs';
import path from 'path';
import { parseArgs } from 'util';
import MarkdownIt from 'markdown-it';
import { parseJekyllPost } from '../src/importer/domain/jekyll-post';
import { DEFAULT_SETTINGS } from '../src/plugins/house-style/server/src/constants';
import { checkStyle } from '../src/plugins/house-style/server/src/domain/check';
import { countWords } from '../src/plugins/house-style/server/src/domain/prose/document';
import { POSTS } from '../scripts/lib/house-style-corpus';
import { machineLine } from './lib/machine';

/** The bound: checking a 2,000-word body takes less than this. */
const GOAL_MS = 20;
const WORDS = 2000;

const USAGE = `Usage: npm run bench:house-style -- [--runs 300]

Builds a ${WORDS.toLocaleString('en-GB')}-word body from the Adriatic archive's paragraphs (links, highlights, dashes
and all), then times, --runs times each after a warm-up, the whole house-style check of it with the default settings
and, as the same-run baseline, markdown-it parsing the same body alone (the least any Markdown-aware check must do).
Prints the median and the 95th percentile of each, and whether the check's 95th percentile is within ${GOAL_MS} ms.
`;

function readRuns(): number {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ options: { runs: { type: 'string', default: '300' } } }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, { cause: error });
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 10) throw new Error(`--runs must be a whole number of at least 10.\n\n${USAGE}`);
  return runs;
}

/** The archive's paragraphs, in order and round again, until the body has WORDS words. */
function twoThousandWords(): string {
  const paragraphs = fs
    .readdirSync(POSTS)
    .filter((file) => file.endsWith('.md') && !file.includes('placeholder'))
    .sort()
    .flatMap((file) => parseJekyllPost(file, fs.readFileSync(path.join(POSTS, file), 'utf8'), 'Europe/Ljubljana').body.split(/\n{2,}/));
  const body: string[] = [];
  let words = 0;
  for (let index = 0; words < WORDS; index += 1) {
    const paragraph = paragraphs[index % paragraphs.length];
    body.push(paragraph);
    words += countWords(paragraph);
  }
  return body.join('\n\n');
}

function time(runs: number, work: () => unknown): { median: number; p95: number } {
  for (let index = 0; index < 20; index += 1) work();
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)], p95: samples[Math.min(runs - 1, Math.floor(runs * 0.95))] };
}

function main(): void {
  const runs = readRuns();
  const markdown = twoThousandWords();
  const title = 'Washington wants KFOR wound down';
  const parser = new MarkdownIt({ html: true });
  process.stdout.write(`${machineLine()}\n`);
  process.stdout.write(`Body: ${countWords(markdown)} words, ${markdown.length} characters; ${runs} runs each.\n\n`);
  const baseline = time(runs, () => parser.parse(markdown, {}));
  const check = time(runs, () => checkStyle({ markdown, title }, DEFAULT_SETTINGS));
  const row = (name: string, figures: { median: number; p95: number }) =>
    `${name.padEnd(34)} ${figures.median.toFixed(2).padStart(8)} ${figures.p95.toFixed(2).padStart(8)} ${(figures.median / baseline.median).toFixed(1).padStart(7)}`;
  process.stdout.write(`${'what'.padEnd(34)} ${'median'.padStart(8)} ${'p95 ms'.padStart(8)} ${'× base'.padStart(7)}\n`);
  process.stdout.write(`${row('markdown-it parse alone (baseline)', baseline)}\n${row('house-style check, every rule', check)}\n\n`);
  process.stdout.write(
    `Goal: under ${GOAL_MS} ms for ${WORDS.toLocaleString('en-GB')} words — ${check.p95 < GOAL_MS ? 'met' : 'NOT met'} (95th percentile).\n`,
  );
}

main();
