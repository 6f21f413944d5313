import { parseArgs } from 'util';
import { startSeededCms } from './lib/instance';
import { percentile } from './lib/load';
import { machineLine } from './lib/machine';
import { withCleanups } from './lib/processes';
import type { DatabaseClient } from './lib/scratch-database';

const TARGET_MS = 20;

const USAGE = `Usage: npm run bench:search -- [--articles 10000] [--rounds 40] [--databases sqlite,postgres]

Imports a synthetic archive of that many posts, every one published, into a scratch database of each kind, starts the CMS in production mode
with the delivery cache off (every request reaches the database), and times a set of queries, one request at a time,
--rounds times each: through GET /api/search and, as the baseline in the same run, through the core
GET /api/articles with $containsi filters on title and body for the same words. Prints p50 and p99 per query and
database, and whether search's p50 and p99 stay under ${TARGET_MS} ms. PostgreSQL is reached at DATABASE_URL's server
(default postgres://postgres@127.0.0.1:5432); the scratch databases are dropped at the end, also on failure.
`;

interface Options {
  articles: number;
  rounds: number;
  databases: DatabaseClient[];
}

interface Query {
  name: string;
  words: string[];
}

/** The kinds of query a reader types, on the synthetic archive's words (the fixture posts', repeated). */
const queriesFor = (articles: number): Query[] => [
  { name: 'common word', words: ['placeholder'] },
  // Titles are numbered, so a post's number names that post alone.
  { name: 'rare word', words: [String(Math.floor(articles * 0.77))] },
  { name: 'folded name', words: ['blanusa'] },
  { name: 'two words', words: ['republika', 'srpska'] },
  { name: 'no hit', words: ['zyzzogeton'] },
];

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      rounds: { type: 'string', default: '40' },
      databases: { type: 'string', default: 'sqlite,postgres' },
    },
  });
  const whole = (name: string, value: string | undefined) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive whole number.\n\n${USAGE}`);
    return number;
  };
  const databases = String(values.databases).split(',') as DatabaseClient[];
  if (databases.some((database) => database !== 'sqlite' && database !== 'postgres')) throw new Error(`--databases lists sqlite and postgres.\n\n${USAGE}`);
  return { articles: whole('articles', values.articles), rounds: whole('rounds', values.rounds), databases };
}

/** The search route's address for the words. */
const searchPath = (words: string[]) => `/api/search?q=${encodeURIComponent(words.join(' '))}&pageSize=10`;

/** The core list for the same words: every word in the title or the body (`$containsi`), a page of ten. */
function corePath(words: string[]): string {
  const filters = words.flatMap((word, i) => [
    `filters[$and][${i}][$or][0][title][$containsi]=${encodeURIComponent(word)}`,
    `filters[$and][${i}][$or][1][body][$containsi]=${encodeURIComponent(word)}`,
  ]);
  return `/api/articles?${filters.join('&')}&pagination[pageSize]=10`;
}

interface Timed {
  p50: number;
  p99: number;
  total: number;
}

/** One request at a time, timed from sending to the whole answer read; anything but 200 ends the bench. */
async function time(url: string, rounds: number): Promise<Timed> {
  const samples: number[] = [];
  let total = 0;
  for (let round = 0; round <= rounds; round++) {
    const started = performance.now();
    const response = await fetch(url);
    const text = await response.text();
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
    // The first round warms the route up and is not counted.
    if (round > 0) samples.push(performance.now() - started);
    total = (JSON.parse(text) as { meta: { pagination: { total: number } } }).meta.pagination.total;
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), total };
}

const cells = (values: Array<string | number>, widths: number[]) =>
  values.map((value, i) => (widths[i] < 0 ? String(value).padEnd(-widths[i]) : String(value).padStart(widths[i]))).join('  ');
const WIDTHS = [-9, -12, -26, 8, 8, 7, 9, 9, 7];

async function benchDatabase(database: DatabaseClient, options: Options): Promise<void> {
  await withCleanups(async (cleanups) => {
    const { url } = await startSeededCms({ label: 'search', articles: options.articles, database, holdFindings: false }, cleanups);
    const published = (await (await fetch(`${url}/api/articles?pagination[pageSize]=1`)).json()) as { meta: { pagination: { total: number } } };
    process.stdout.write(`${database}: ${published.meta.pagination.total} published articles\n`);
    const all: number[] = [];
    for (const query of queriesFor(options.articles)) {
      const search = await time(`${url}${searchPath(query.words)}`, options.rounds);
      const core = await time(`${url}${corePath(query.words)}`, options.rounds);
      all.push(search.p50, search.p99);
      const row = [database, query.name, `"${query.words.join(' ')}"`, search.p50.toFixed(1), search.p99.toFixed(1), search.total];
      process.stdout.write(`${cells([...row, core.p50.toFixed(1), core.p99.toFixed(1), core.total], WIDTHS)}\n`);
    }
    const worst = Math.max(...all);
    process.stdout.write(
      `${database}: search p50 and p99 under ${TARGET_MS} ms for every query: ${worst < TARGET_MS ? 'met' : 'not met'} (worst ${worst.toFixed(1)} ms)\n\n`,
    );
  });
}

async function main(): Promise<void> {
  const options = readOptions();
  // Off, so every timed request reaches the database: the bench measures the engines, not the delivery cache.
  process.env.DELIVERY_CACHE = 'false';
  process.stdout.write(
    `${machineLine()}\n${options.articles} synthetic posts, ${options.rounds} timed requests per query and route, one at a time, delivery cache off.\n\n`,
  );
  process.stdout.write(`${cells(['database', 'query', 'words', 'p50 ms', 'p99 ms', 'hits', 'core p50', 'core p99', 'hits'], WIDTHS)}\n`);
  for (const database of options.databases) await benchDatabase(database, options);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
