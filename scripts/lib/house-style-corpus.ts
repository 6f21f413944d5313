import fs from 'fs';
import path from 'path';
import { parseJekyllPost } from '../../src/importer/domain/jekyll-post';
import { DEFAULT_SETTINGS } from '../../src/plugins/house-style/server/src/constants';
import { checkStyle } from '../../src/plugins/house-style/server/src/domain/check';
import { countWords, readDocument } from '../../src/plugins/house-style/server/src/domain/prose/document';
import type { Field, RuleId } from '../../src/plugins/house-style/server/src/domain/types';

/** The project folder: the first above this file with a package.json (this file runs from scripts/ and from dist/). */
function projectRoot(): string {
  let folder = __dirname;
  while (!fs.existsSync(path.join(folder, 'package.json')) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  return folder;
}

/** The Adriatic's archive, beside the project (../shared/fixtures), and where its labelled advisories are kept. */
export const POSTS = path.resolve(projectRoot(), '..', 'shared', 'fixtures', 'adriatic', '_posts');
export const FACT_CHECKS = path.resolve(projectRoot(), '..', 'shared', 'fixtures', 'factchecks');
export const JUDGEMENTS = path.resolve(projectRoot(), 'tests', 'fixtures', 'house-style', 'judgements.json');

/** One advisory the rules gave on an archive post, and an editor's verdict on it by the style guide. */
export interface Judgement {
  post: string;
  field: Field;
  rule: RuleId;
  start: number;
  end: number;
  /** The text the advisory marks, so a judgement never silently moves to other words. */
  text: string;
  /** true: a slip by the guide; false: the rule was wrong; null: not judged yet. */
  slip: boolean | null;
  why?: string;
}

export interface CorpusPost {
  post: string;
  words: number;
  advisories: Array<Omit<Judgement, 'slip' | 'why'>>;
}

type Input = { markdown: string; title: string; deck: string };

const textOf = (input: Input, field: Field): string => (field === 'body' ? input.markdown : input[field]);

function checked(post: string, input: Input): CorpusPost {
  const words = readDocument(input.markdown).words + countWords(input.title) + countWords(input.deck);
  const advisories = checkStyle(input, DEFAULT_SETTINGS).map(({ rule, field, start, end }) => ({
    post,
    field,
    rule,
    start,
    end,
    text: textOf(input, field).slice(start, end),
  }));
  return { post, words, advisories };
}

const files = (folder: string, ending: string): string[] =>
  fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(ending))
    .sort();

/**
 * The archive checked with the default settings: each Adriatic post as the importer stores it (body, headline,
 * standfirst), and each fact check of the other desk as a body of one paragraph per line. The fact checks are not
 * written to this guide, which is the point: they carry the US spellings, "%" and figures the archive lacks.
 */
export function checkArchive(): CorpusPost[] {
  const posts = files(POSTS, '.md').map((file) => {
    const post = parseJekyllPost(file, fs.readFileSync(path.join(POSTS, file), 'utf8'), 'Europe/Ljubljana');
    return checked(file, { markdown: post.body, title: post.title, deck: post.deck ?? '' });
  });
  const factChecks = files(FACT_CHECKS, '.txt').map((file) => {
    const text = fs.readFileSync(path.join(FACT_CHECKS, file), 'utf8').replace(/\r?\n/g, '\n\n');
    return checked(`factchecks/${file}`, { markdown: text, title: '', deck: '' });
  });
  return [...posts, ...factChecks];
}

export const judgementKey = (entry: Omit<Judgement, 'slip' | 'why'>): string =>
  [entry.post, entry.field, entry.rule, entry.start, entry.end, entry.text].join('|');

export function readJudgements(file = JUDGEMENTS): Judgement[] {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Judgement[]) : [];
}

export interface RulePrecision {
  rule: RuleId;
  advisories: number;
  slips: number;
  /** Slips over advisories; null for a rule that gave none. */
  precision: number | null;
  slipsPerThousandWords: number;
}

export interface Measurement {
  words: number;
  rules: RulePrecision[];
  overall: number | null;
  /** Advisories the rules give that no judgement covers yet: the measurement is not honest until they are judged. */
  unjudged: Array<Omit<Judgement, 'slip' | 'why'>>;
}

/** Precision per rule and overall: the rules' advisories on the archive against the verdicts kept for them. */
export function measure(corpus: CorpusPost[], judgements: Judgement[], rules: readonly RuleId[]): Measurement {
  const verdicts = new Map(judgements.map((judgement) => [judgementKey(judgement), judgement.slip]));
  const words = corpus.reduce((sum, post) => sum + post.words, 0);
  const advisories = corpus.flatMap((post) => post.advisories);
  const unjudged = advisories.filter((advisory) => typeof verdicts.get(judgementKey(advisory)) !== 'boolean');
  const rows = rules.map((rule) => {
    const mine = advisories.filter((advisory) => advisory.rule === rule);
    const slips = mine.filter((advisory) => verdicts.get(judgementKey(advisory)) === true).length;
    return { rule, advisories: mine.length, slips, precision: mine.length ? slips / mine.length : null, slipsPerThousandWords: (slips * 1000) / words };
  });
  const total = rows.reduce((sum, row) => sum + row.advisories, 0);
  const slips = rows.reduce((sum, row) => sum + row.slips, 0);
  return { words, rules: rows, overall: total ? slips / total : null, unjudged };
}
