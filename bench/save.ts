import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseArgs } from 'util';
import { writeBareApp } from './lib/bare-app';
import { machineLine } from './lib/machine';
import { withCleanups, type Cleanups } from './lib/processes';
import { measureSaves, type Latency, type RoundOptions } from './lib/save-rounds';
import type { DatabaseClient } from './lib/scratch-database';

/** How much slower than bare Strapi the app's median may be: stated, and shown met or not, never an exit code. */
const TARGETS = { draft: 1.2, publish: 1.5 } as const;
const DATABASES: readonly DatabaseClient[] = ['sqlite', 'postgres'];

const USAGE = `Usage: npm run bench:save -- [--rounds 50] [--warm-up 5] [--databases sqlite|sqlite,postgres]

Times an editor's saves of the KFOR fixture article (five highlights, four linked to sources) over REST with a
full-access API token, one request at a time: a draft save (PUT ?status=draft) and a save-and-publish (PUT without
status), each with a changed body. It does so in this app and in bare Strapi with the same content types and no
plugins or middlewares of the app's, each in production mode on its own scratch database, in turn request by request,
and prints p50 and p95 of each and the app's median over bare Strapi's. Any answer outside 2xx stops the bench with exit
code 1. PostgreSQL is reached at DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432).
`;

interface Options extends RoundOptions {
  databases: DatabaseClient[];
}

function wholeNumber(value: string | undefined, name: string, least: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < least) throw new Error(`--${name} must be a whole number of at least ${least}.\n\n${USAGE}`);
  return number;
}

function readOptions(): Options {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        rounds: { type: 'string', default: '50' },
        'warm-up': { type: 'string', default: '5' },
        databases: { type: 'string', default: 'sqlite' },
      },
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, { cause: error });
  }
  const databases = (values.databases ?? '').split(',').map((item) => item.trim()) as DatabaseClient[];
  if (databases.some((database) => !DATABASES.includes(database))) throw new Error(`--databases lists sqlite and postgres.\n\n${USAGE}`);
  return { rounds: wholeNumber(values.rounds, 'rounds', 1), warmUp: wholeNumber(values['warm-up'], 'warm-up', 0), databases };
}

interface Row {
  operation: keyof typeof TARGETS;
  database: DatabaseClient;
  app: Latency;
  bare: Latency;
}

/** The app's publish gates, as its Server-Timing reported them, per database. */
interface GateRow {
  database: DatabaseClient;
  gates: Latency | null;
}

const GATES_TARGET_MS = 10;

function line(cells: Array<string | number>): string {
  const widths = [-11, -9, 8, 8, 9, 9, 9, 12];
  return cells.map((cell, i) => (widths[i] < 0 ? String(cell).padEnd(-widths[i]) : String(cell).padStart(widths[i]))).join('  ');
}

function printTable(rows: Row[], gateRows: GateRow[]): void {
  process.stdout.write(`\n${line(['operation', 'database', 'app p50', 'app p95', 'bare p50', 'bare p95', 'app/bare', 'target'])}\n`);
  for (const { operation, database, app, bare } of rows) {
    const ratio = app.p50 / bare.p50;
    const target = `≤ ${TARGETS[operation]}× ${ratio <= TARGETS[operation] ? 'met' : 'not met'}`;
    const ms = (value: number) => value.toFixed(1);
    const name = operation === 'draft' ? 'draft save' : 'publish';
    process.stdout.write(`${line([name, database, ms(app.p50), ms(app.p95), ms(bare.p50), ms(bare.p95), `${ratio.toFixed(2)}×`, target])}\n`);
  }
  for (const { database, gates } of gateRows) {
    const figure = gates ? `p50 ${gates.p50.toFixed(2)}, p95 ${gates.p95.toFixed(2)} ms` : 'not reported';
    const met = gates && gates.p95 < GATES_TARGET_MS ? 'met' : 'not met';
    process.stdout.write(`publish gates on ${database} (the app's Server-Timing): ${figure}, target < ${GATES_TARGET_MS} ms ${met}\n`);
  }
  process.stdout.write('\nMilliseconds per request, sent one at a time; app/bare is the ratio of the medians.\n');
}

async function bench(options: Options, cleanups: Cleanups): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-bench-save-'));
  cleanups.add('remove the bare app and the logs', async () => fs.rmSync(dir, { recursive: true, force: true }));
  const bareDir = path.join(dir, 'bare');
  fs.mkdirSync(bareDir);
  writeBareApp(bareDir);
  const rows: Row[] = [];
  const gateRows: GateRow[] = [];
  for (const database of options.databases) {
    const { app, bare } = await measureSaves({ database, bareDir, logDir: dir }, options, cleanups);
    rows.push({ operation: 'draft', database, app: app.draft, bare: bare.draft }, { operation: 'publish', database, app: app.publish, bare: bare.publish });
    gateRows.push({ database, gates: app.gates });
  }
  printTable(rows, gateRows);
}

async function main(): Promise<void> {
  const options = readOptions();
  process.stdout.write(
    `${machineLine()}\n` +
      `KFOR article, ${options.warmUp} warm-up and ${options.rounds} timed rounds of a draft save and a publish, on ${options.databases.join(' and ')}.\n`,
  );
  await withCleanups((cleanups) => bench(options, cleanups));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
