import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseArgs } from 'util';
import { createEditorToken } from './lib/editor-token';
import { requestClasses, type Probe } from './lib/hostile-requests';
import { machineLine } from './lib/machine';
import { readMemory, resetPeak, servingPid } from './lib/process-memory';
import { startCms, withCleanups, type Cleanups } from './lib/processes';
import { createScratchDatabase, type DatabaseClient } from './lib/scratch-database';
import { scratchSecrets } from './lib/scratch-secrets';

/** The bound: no request of the bad-input suites takes longer or raises the server's memory more. */
const BOUND = { ms: 1000, mib: 256 } as const;
const DATABASES: readonly DatabaseClient[] = ['sqlite', 'postgres'];

const USAGE = `Usage: npm run bench:hostile -- [--repeat 5] [--databases sqlite|sqlite,postgres]

Starts the CMS in production mode on a scratch database of each kind and sends each heavy hostile request the
bad-input, bad-queries and hostile-text suites send, --repeat times, each right after a plain small valid request of
the same route (the baseline), one at a time. Per request it measures the wall time and the server's resident set
before and its peak during (/proc/<pid>/status, VmHWM reset before each request), and prints the worst of each class
beside its baseline, and whether every hostile request stayed within ${BOUND.ms} ms and ${BOUND.mib} MB.
`;

interface Options {
  repeat: number;
  databases: DatabaseClient[];
}

function readOptions(): Options {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ options: { repeat: { type: 'string', default: '5' }, databases: { type: 'string', default: 'sqlite' } } }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, { cause: error });
  }
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a whole number of at least 1.\n\n${USAGE}`);
  const databases = (values.databases ?? '').split(',').map((item) => item.trim()) as DatabaseClient[];
  if (databases.some((database) => !DATABASES.includes(database))) throw new Error(`--databases lists sqlite and postgres.\n\n${USAGE}`);
  return { repeat, databases };
}

interface Measured {
  status: number;
  ms: number;
  /** The peak resident set during the request over the resident set before it, in MiB. */
  growth: number;
  /** The start of the answer, for a baseline that failed. */
  answer: string;
}

interface Server {
  url: string;
  pid: number;
  token: string;
}

/** Removes what a baseline upload stored, so the bench leaves no file in the media library's folder. */
async function removeUploads(server: Server, answer: unknown): Promise<void> {
  const files = Array.isArray(answer) ? (answer as Array<{ id?: unknown }>) : [];
  for (const { id } of files) {
    if (typeof id === 'number') await fetch(`${server.url}/api/upload/files/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${server.token}` } });
  }
}

async function measure(server: Server, probe: Probe): Promise<Measured> {
  const body = probe.body?.();
  const headers: Record<string, string> = typeof body === 'string' ? { 'Content-Type': 'application/json' } : {};
  if (probe.signed) headers.Authorization = `Bearer ${server.token}`;
  const peakIsOwn = resetPeak(server.pid);
  const before = readMemory(server.pid);
  const started = performance.now();
  const response = await fetch(`${server.url}${probe.path}`, { method: probe.method, headers, body });
  const text = await response.text();
  const ms = performance.now() - started;
  const after = readMemory(server.pid);
  const peak = peakIsOwn || after.peak > before.peak ? after.peak : after.rss;
  if (probe.path === '/api/upload' && response.ok) await removeUploads(server, JSON.parse(text));
  return { status: response.status, ms, growth: Math.max(0, peak - before.rss), answer: text.slice(0, 300) };
}

interface Row {
  database: DatabaseClient;
  name: string;
  hostile: Measured[];
  baseline: Measured[];
}

async function runOn(database: DatabaseClient, options: Options, dir: string, cleanups: Cleanups): Promise<Row[]> {
  const scratch = await createScratchDatabase('hostile', database);
  cleanups.add(`drop the ${database} scratch database`, () => scratch.drop());
  process.stderr.write(`Starting the CMS on ${database}…\n`);
  const cms = await startCms({ ...scratchSecrets(), ...scratch.env }, path.join(dir, `cms-${database}.log`), cleanups);
  const server: Server = { url: cms.url, pid: servingPid(cms.pid), token: await createEditorToken(cms.url) };
  const rows: Row[] = [];
  for (const requestClass of requestClasses()) {
    process.stderr.write(`${database}: ${requestClass.name}\n`);
    const row: Row = { database, name: requestClass.name, hostile: [], baseline: [] };
    for (let round = 0; round < options.repeat; round += 1) {
      const baseline = await measure(server, requestClass.baseline);
      if (baseline.status >= 300)
        throw new Error(`The baseline of "${requestClass.name}" answered ${baseline.status}; it must be a valid request: ${baseline.answer}`);
      row.baseline.push(baseline);
      row.hostile.push(await measure(server, requestClass.hostile));
    }
    rows.push(row);
  }
  return rows;
}

const worst = (measured: Measured[], key: 'ms' | 'growth'): number => Math.max(...measured.map((item) => item[key]));

function line(cells: Array<string | number>): string {
  const widths = [-40, -9, 9, 9, 8, 8, 8, 9, 9];
  return cells.map((cell, i) => (widths[i] < 0 ? String(cell).padEnd(-widths[i]) : String(cell).padStart(widths[i]))).join('  ');
}

function printTable(rows: Row[]): void {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\n${line(['class', 'database', 'requests', 'statuses', 'max ms', 'base ms', 'ratio', 'peak +MB', 'base +MB'])}`);
  for (const { database, name, hostile, baseline } of rows) {
    const statuses = [...new Set(hostile.map((item) => item.status))].sort().join(',');
    const ratio = worst(hostile, 'ms') / worst(baseline, 'ms');
    out(
      line([
        name,
        database,
        hostile.length,
        statuses,
        worst(hostile, 'ms').toFixed(0),
        worst(baseline, 'ms').toFixed(0),
        `${ratio.toFixed(1)}×`,
        worst(hostile, 'growth').toFixed(1),
        worst(baseline, 'growth').toFixed(1),
      ]),
    );
  }
  const all = rows.flatMap((row) => row.hostile);
  const slow = all.filter((item) => item.ms > BOUND.ms).length;
  const heavy = all.filter((item) => item.growth > BOUND.mib).length;
  const errors = all.filter((item) => item.status >= 500).length;
  out('\nmax ms and peak +MB are the worst hostile request of the class; base is the worst of its baselines, sent just before each.');
  out(
    slow + heavy + errors === 0
      ? `Every one of ${all.length} hostile requests stayed within ${BOUND.ms} ms and ${BOUND.mib} MB, none answered 5xx.`
      : `Not within the bound: ${slow} of ${all.length} hostile requests took over ${BOUND.ms} ms, ${heavy} raised the peak RSS over ${BOUND.mib} MB, ${errors} answered 5xx.`,
  );
}

async function main(): Promise<void> {
  const options = readOptions();
  process.stdout.write(`${machineLine()}\n${options.repeat} of each hostile request class and its baseline, on ${options.databases.join(' and ')}.\n`);
  await withCleanups(async (cleanups) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-bench-hostile-'));
    cleanups.add('remove the logs', async () => fs.rmSync(dir, { recursive: true, force: true }));
    const rows: Row[] = [];
    for (const database of options.databases) rows.push(...(await runOn(database, options, dir, cleanups)));
    printTable(rows);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
