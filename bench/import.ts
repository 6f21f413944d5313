import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseArgs } from 'util';
import { FIXTURE_SITE } from './lib/paths';
import { runImporter } from './lib/processes';
import { createScratchDatabase, type DatabaseClient } from './lib/scratch-database';
import { scratchSecrets } from './lib/scratch-secrets';
import { writeSyntheticArchive } from './lib/synthetic-archive';

const USAGE = `Usage: npm run bench:import -- [--sizes 1000,10000] [--databases sqlite,postgres] [--batch-size n] [--baseline-size 300]

Generates a Jekyll archive of each size from the fixture posts' shapes, imports it with the importer CLI into an
empty database of each kind, and prints articles per second: over the import itself (boot, taxonomy and the first
batch excluded) and over the whole command, and the SQL statements per article the importer counted (--stats). PostgreSQL is reached at DATABASE_URL's server
(default postgres://postgres@127.0.0.1:5432); a scratch database is created and dropped for every run.
--batch-size is passed to the importer (1: every post through the document service, the path before batches).
The baseline, measured in the same run on each database, is that per-item path on --baseline-size posts (0: none);
the last column is each run's rate over it.
`;

interface Measurement {
  database: DatabaseClient;
  articles: number;
  exitCode: number | null;
  bootSeconds: number;
  importSeconds: number;
  totalSeconds: number;
  /** The posts reported after the first progress output (a batch reports its posts together), which the timed stretch holds. */
  timedArticles: number;
  /** The importer's own count (`--stats`), null when its summary did not say. */
  statementsPerArticle: number | null;
}

const STATEMENTS = /^SQL statements: \d+ \(([\d.]+) per article\)$/m;

/**
 * Runs the CLI exactly as an editor would, timing from start to exit and from the first to the last progress line, so
 * the figure for the import itself does not include Strapi's boot.
 */
async function importOnce(database: DatabaseClient, dir: string, env: Record<string, string>, articles: number, extraArgs: string[]): Promise<Measurement> {
  const started = process.hrtime.bigint();
  // An object rather than two lets: the callback sets them, which TypeScript's narrowing after the await would not see.
  const item: { first: bigint | null; last: bigint | null; firstLines: number | null } = { first: null, last: null, firstLines: null };
  let summary = '';
  const importer = runImporter(
    dir,
    { ...scratchSecrets(), ...env },
    (text) => {
      if (/^\[\d+\/\d+\] /m.test(text)) {
        item.last = process.hrtime.bigint();
        item.first ??= item.last;
        item.firstLines ??= (text.match(/^\[\d+\/\d+\] /gm) ?? []).length;
      }
    },
    { args: ['--stats', ...extraArgs], onStdout: (text) => (summary += text) },
  );
  const { exitCode, stderrTail } = await importer.exited;
  const ended = process.hrtime.bigint();
  const seconds = (from: bigint, to: bigint) => Number(to - from) / 1e9;
  if (exitCode !== 0) process.stderr.write(`The importer exited with ${exitCode}:\n${stderrTail}\n`);
  return {
    database,
    articles,
    exitCode,
    bootSeconds: item.first === null ? 0 : seconds(started, item.first),
    importSeconds: item.first === null || item.last === null ? 0 : seconds(item.first, item.last),
    totalSeconds: seconds(started, ended),
    timedArticles: articles - (item.firstLines ?? 1),
    statementsPerArticle: STATEMENTS.test(summary) ? Number(STATEMENTS.exec(summary)?.[1]) : null,
  };
}

function listOption<T extends string>(value: string, allowed?: readonly T[]): T[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean) as T[];
  const unknown = allowed ? items.filter((item) => !allowed.includes(item)) : [];
  if (items.length === 0 || unknown.length > 0) throw new Error(`Unexpected value "${value}".\n\n${USAGE}`);
  return items;
}

function row(cells: Array<string | number>): string {
  const widths = [9, 10, 9, 8, 9, 9, 12, 12, 12, 10];
  return cells.map((cell, i) => String(cell).padStart(widths[i])).join('  ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      databases: { type: 'string', default: 'sqlite,postgres' },
      'batch-size': { type: 'string' },
      'baseline-size': { type: 'string', default: '300' },
    },
  });
  const baselineSize = Number(values['baseline-size']);
  if (!Number.isInteger(baselineSize) || baselineSize < 0) throw new Error(`--baseline-size is a whole number.\n\n${USAGE}`);
  const sizes = listOption(values.sizes ?? '').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`Sizes must be positive whole numbers.\n\n${USAGE}`);
  const databases = listOption<DatabaseClient>(values.databases ?? '', ['sqlite', 'postgres']);
  const importerArgs = values['batch-size'] ? ['--batch-size', values['batch-size']] : [];

  process.stdout.write(`${row(['path', 'database', 'articles', 'exit', 'boot s', 'import s', 'articles/s', 'incl. boot', 'SQL/article', '× base'])}\n`);
  let failed = false;
  const baseline = new Map<DatabaseClient, number>();
  /** One import of a generated archive into a scratch database; prints its row, answers its rate. */
  const measure = async (label: string, database: DatabaseClient, size: number, args: string[]): Promise<number> => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `provenance-bench-import-${size}-`));
    const scratch = await createScratchDatabase('bench', database);
    try {
      writeSyntheticArchive(FIXTURE_SITE, dir, size);
      const m = await importOnce(database, dir, scratch.env, size, args);
      failed ||= m.exitCode !== 0;
      // The first progress output comes when the first post (or batch) is written, so the timed stretch holds the rest.
      const rate = m.importSeconds > 0 ? m.timedArticles / m.importSeconds : 0;
      const base = baseline.get(database);
      const times = base ? `${(rate / base).toFixed(1)}×` : '-';
      const cells = [label, database, size, String(m.exitCode), m.bootSeconds.toFixed(1), m.importSeconds.toFixed(1), rate ? rate.toFixed(1) : '-'];
      process.stdout.write(`${row([...cells, (size / m.totalSeconds).toFixed(1), m.statementsPerArticle ?? '-', times])}\n`);
      return rate;
    } finally {
      await scratch.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  for (const database of databases) {
    if (baselineSize > 0) baseline.set(database, await measure('per item', database, baselineSize, ['--batch-size', '1']));
    for (const size of sizes) await measure(importerArgs.length ? `batch ${values['batch-size']}` : 'batched', database, size, importerArgs);
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
