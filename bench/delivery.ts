import autocannon from 'autocannon';
import { fork, spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import http from 'http';
import net from 'net';
import os from 'os';
import path from 'path';
import { setTimeout as delay } from 'timers/promises';
import { parseArgs } from 'util';
import { createScratchDatabase, type DatabaseClient } from './lib/scratch-database';
import { scratchSecrets } from './lib/scratch-secrets';
import { writeSyntheticArchive } from './lib/synthetic-archive';

// Compiled to dist/bench, so the project root is two levels up.
const APP = path.resolve(__dirname, '..', '..');
const FIXTURE_SITE = path.resolve(APP, '..', 'shared', 'fixtures', 'adriatic');
// What node_modules/.bin/strapi links to; run with this Node rather than through the shell wrapper.
const STRAPI_BIN = path.join(APP, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const BOOT_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 10_000;
const SETTLED_MS = 20;
const SETTLE_TIMEOUT_MS = 30_000;
/** Set for the copy of this script that serves the raw ceiling, so one compiled file plays both parts. */
const RAW_SERVER_ROLE = 'PROVENANCE_BENCH_RAW_SERVER';
const TARGETS = { warmOverPopulate: 20, rawOverWarm: 3, warmP99Ms: 50 };
const POPULATE = [
  'populate[kicker]=true',
  'populate[category]=true',
  'populate[authors]=true',
  'populate[leadImage][populate][0]=file',
  'populate[highlights][populate][0]=source',
  'populate[sources]=true',
].join('&');

const USAGE = `Usage: npm run bench:delivery -- [--articles 200] [--connections 50] [--duration 10] [--database sqlite|postgres]

Imports a synthetic archive of that many posts into a scratch database, starts the CMS in production mode and loads
it with autocannon: one article through Strapi's populate, every published article once by slug (each a cache miss),
one article by slug again and again (each a cache hit), and a bare Node server sending the same bytes. Prints req/s,
p50 and p99 latency and the ratios against their targets. PostgreSQL is reached at DATABASE_URL's server
(default postgres://postgres@127.0.0.1:5432); the scratch database is dropped at the end, also on failure.
`;

interface Options {
  articles: number;
  connections: number;
  duration: number;
  database: DatabaseClient;
}

interface Figures {
  name: string;
  responses: number;
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Strapi 5's documented list response, with only the slug asked for. */
interface ArticleList {
  data: Array<{ documentId: string; slug: string | null }>;
  meta: { pagination: { pageCount: number } };
}

interface Published {
  documentId: string;
  slug: string;
}

/** The warm by-slug response, which the raw server repeats byte for byte. */
interface Sample {
  body: Buffer;
  type: string;
  etag: string;
}

/** What to undo, newest first, whether the bench finishes, fails or is interrupted. */
const cleanups: Array<{ what: string; run: () => Promise<void> }> = [];

async function cleanUp(): Promise<void> {
  for (let step = cleanups.pop(); step; step = cleanups.pop()) {
    try {
      await step.run();
    } catch (error) {
      process.stderr.write(`Could not ${step.what}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }
}

function readOptions(): Options {
  const options = {
    articles: { type: 'string', default: '200' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    database: { type: 'string', default: 'sqlite' },
  } as const;
  let values: { [name in keyof typeof options]?: string };
  try {
    ({ values } = parseArgs({ options }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const whole = (name: string, value: string | undefined): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number.\n\n${USAGE}`);
    return n;
  };
  if (values.database !== 'sqlite' && values.database !== 'postgres') throw new Error(`--database is sqlite or postgres.\n\n${USAGE}`);
  return {
    articles: whole('articles', values.articles),
    connections: whole('connections', values.connections),
    duration: whole('duration', values.duration),
    database: values.database,
  };
}

/** Ends a child and waits for it, killing it if it ignores SIGTERM; a child that already exited is left alone. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Imports the archive with the importer CLI as bench/import.ts does, publishing what the newsroom's rules allow. */
function importArchive(dir: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderrTail = '';
    const child = spawn(process.execPath, [path.join(APP, 'dist', 'scripts', 'import.js'), dir], {
      cwd: APP,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    cleanups.push({ what: 'stop the importer', run: () => stopChild(child) });
    child.stderr.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-2000);
    });
    child.on('error', reject);
    child.on('close', (exitCode) => {
      if (exitCode === 0) resolve();
      else reject(new Error(`The importer exited with ${exitCode}:\n${stderrTail}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const tail = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').slice(-3000) : '');

/**
 * Starts the CMS as production runs it. Its output goes to a file rather than a pipe, so this process (which also
 * runs autocannon) spends nothing reading the request log, and the log can be shown if the boot fails.
 */
async function startCms(env: Record<string, string>, log: string): Promise<string> {
  const port = await freePort();
  const output = fs.openSync(log, 'w');
  const child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: APP,
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_STARTUP_BANNER: 'false',
    },
    stdio: ['ignore', output, output],
  });
  fs.closeSync(output);
  cleanups.push({ what: 'stop the CMS', run: () => stopChild(child) });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The CMS stopped while starting:\n${tail(log)}`);
    // Refused connections are expected until Strapi listens; anything but 204 means it is not ready yet.
    const health = await fetch(`${url}/_health`).catch(() => null);
    if (health?.status === 204) return url;
    await delay(250);
  }
  throw new Error(`The CMS did not answer /_health within ${BOOT_TIMEOUT_MS / 1000} s:\n${tail(log)}`);
}

async function get(url: string): Promise<Response> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  return response;
}

/** Every published article, through the public list (published only by default), a page of 100 at a time. */
async function listPublished(url: string): Promise<Published[]> {
  const published: Published[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page++) {
    const response = await get(`${url}/api/articles?fields[0]=slug&pagination[pageSize]=100&pagination[page]=${page}`);
    const list = (await response.json()) as ArticleList;
    for (const { documentId, slug } of list.data) if (slug) published.push({ documentId, slug });
    pageCount = list.meta.pagination.pageCount;
  }
  return published;
}

/**
 * Runs autocannon and reads the figures. Requests per second are counted from the start to the last response rather
 * than taken from autocannon's per-second samples: a run bounded by `amount` may end well inside its first second.
 */
function measure(name: string, options: autocannon.Options): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let last = started;
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      const seconds = Number(last - started) / 1e9;
      const responses = result.requests.total;
      const figures: Figures = {
        name,
        responses,
        perSecond: seconds > 0 ? responses / seconds : 0,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
      };
      process.stdout.write(`${row(figureCells(figures))}\n`);
      resolve(figures);
    });
    instance.on('response', () => {
      last = process.hrtime.bigint();
    });
  });
}

/**
 * autocannon ends a timed run by closing its connections with requests still in flight, and the CMS goes on serving
 * them (50 populate reads take a good part of a second): wait until it answers health checks promptly again, or that
 * work would be charged to the next run (it made the cold reads queue behind the populate run's leftovers).
 */
async function settle(url: string): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let prompt = 0;
  while (prompt < 3 && Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${url}/_health`);
    prompt = performance.now() - started < SETTLED_MS ? prompt + 1 : 0;
    await delay(50);
  }
}

/** One request definition whose every use asks for the next slug, so the connections together read each one once. */
function eachOnce(slugs: string[]): { requests: autocannon.Request[]; issued: () => number } {
  let next = 0;
  const setupRequest = (request: autocannon.Request): autocannon.Request => ({
    ...request,
    path: `/api/articles/by-slug/${slugs[next++ % slugs.length]}`,
  });
  return { requests: [{ setupRequest }], issued: () => next };
}

/** The raw ceiling's part: answer every request with the sample the parent sends, on a port it reports back. */
function serveRaw(): void {
  process.once('message', (message: { body: string; type: string; etag: string }) => {
    const body = Buffer.from(message.body, 'base64');
    const headers = { 'Content-Type': message.type, ETag: message.etag, 'Content-Length': body.length };
    const server = http.createServer((_request, response) => response.writeHead(200, headers).end(body));
    server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as net.AddressInfo).port }));
  });
}

/**
 * Starts the raw ceiling in a child process rather than in this one: on the same event loop as autocannon it would
 * be measured against its own load generator. It still shares the machine's cores with autocannon, as Strapi does.
 */
function startRawServer(sample: Sample): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], { env: { ...process.env, [RAW_SERVER_ROLE]: '1' }, stdio: 'inherit' });
    cleanups.push({ what: 'stop the raw server', run: () => stopChild(child) });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The raw server exited with ${code} before listening.`)));
    child.once('message', (message: { port: number }) => resolve(`http://127.0.0.1:${message.port}`));
    child.send({ body: sample.body.toString('base64'), type: sample.type, etag: sample.etag });
  });
}

async function readSample(url: string): Promise<Sample> {
  const response = await get(url);
  const body = Buffer.from(await response.arrayBuffer());
  return { body, type: response.headers.get('content-type') ?? '', etag: response.headers.get('etag') ?? '' };
}

function row(cells: Array<string | number>): string {
  const widths = [-26, 9, 10, 8, 8, 8, 7];
  return cells.map((cell, i) => (widths[i] < 0 ? String(cell).padEnd(-widths[i]) : String(cell).padStart(widths[i]))).join('  ');
}

const figureCells = (f: Figures) => [f.name, f.responses, f.perSecond.toFixed(1), f.p50.toFixed(1), f.p99.toFixed(1), f.non2xx, f.errors];

function printMachine(options: Options): void {
  const cpus = os.cpus();
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`;
  const load = `load average ${os.loadavg()[0].toFixed(2)}`;
  const { articles, database, connections, duration } = options;
  process.stdout.write(
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${memory}, Node ${process.version}, ${load}\n` +
      `autocannon and the CMS share these ${cpus.length} cores, so every figure is lower than a separate load generator would show.\n` +
      `${articles} synthetic posts, ${database}, ${connections} connections, ${duration} s per timed run.\n\n`,
  );
}

/** Figures beside their targets, for a reader to weigh: a benchmark on a shared machine reports, it does not assert. */
function printTargets(populate: Figures, warm: Figures, raw: Figures, connections: number): void {
  const line = (label: string, figure: string, target: string, met: boolean) =>
    `${label.padEnd(30)}${figure.padStart(9)}   target ${target.padEnd(8)}  ${met ? 'met' : 'not met'}\n`;
  const speedup = warm.perSecond / populate.perSecond;
  const headroom = raw.perSecond / warm.perSecond;
  const { warmOverPopulate, rawOverWarm, warmP99Ms } = TARGETS;
  process.stdout.write(
    `\n${line('warm ÷ Strapi populate', `${speedup.toFixed(1)}×`, `≥ ${warmOverPopulate}×`, speedup >= warmOverPopulate)}` +
      line('raw ÷ warm', `${headroom.toFixed(1)}×`, `≤ ${rawOverWarm}×`, headroom <= rawOverWarm) +
      line(`warm p99 at ${connections} connections`, `${warm.p99.toFixed(1)} ms`, `< ${warmP99Ms} ms`, warm.p99 < warmP99Ms),
  );
}

/** How many request lines strapi::logger wrote: in production it still logs every request at the http level. */
const requestLogLines = (log: string): number =>
  fs.readFileSync(log, 'utf8').split('\n').filter((line) => / GET \/api\//.test(line)).length;

/** A CMS in production mode on a scratch database holding the imported archive; everything is undone by cleanUp. */
async function startInstance(options: Options): Promise<{ url: string; log: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-bench-delivery-'));
  cleanups.push({ what: 'remove the archive and log', run: async () => fs.rmSync(dir, { recursive: true, force: true }) });
  writeSyntheticArchive(FIXTURE_SITE, path.join(dir, 'site'), options.articles);
  const scratch = await createScratchDatabase('bench', options.database);
  cleanups.push({ what: 'drop the scratch database', run: () => scratch.drop() });
  // One set of secrets for the importer and the server, as one deployment would have.
  const env = { ...scratchSecrets(), ...scratch.env };
  process.stderr.write(`Importing ${options.articles} posts…\n`);
  await importArchive(path.join(dir, 'site'), env);
  process.stderr.write('Starting the CMS in production mode…\n');
  const log = path.join(dir, 'strapi.log');
  return { url: await startCms(env, log), log };
}

/**
 * The four runs, one after another. The cold run reads every published article once by slug; the chosen one was
 * only read by documentId before, so none is in the cache. The warm run then reads the chosen one, cached by now.
 */
async function runAll(url: string, published: Published[], { connections, duration }: Options): Promise<Figures[]> {
  const [chosen] = published;
  const populateUrl = `${url}/api/articles/${chosen.documentId}?${POPULATE}`;
  await get(populateUrl);
  const warmUrl = `${url}/api/articles/by-slug/${chosen.slug}`;
  process.stdout.write(`${row(['run', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'])}\n`);
  const populate = await measure('Strapi populate', { url: populateUrl, connections, duration });
  await settle(url);
  const once = eachOnce(published.map((article) => article.slug));
  const cold = await measure('by-slug cold (each once)', {
    url,
    // autocannon refuses more connections than requests.
    connections: Math.min(connections, published.length),
    amount: published.length,
    requests: once.requests,
  });
  await settle(url);
  const sample = await readSample(warmUrl);
  const warm = await measure('by-slug warm (one slug)', { url: warmUrl, connections, duration });
  await settle(url);
  const rawUrl = await startRawServer(sample);
  if (!(await readSample(rawUrl)).body.equals(sample.body)) throw new Error("The raw server does not send the warm response's bytes.");
  const raw = await measure('raw Node ceiling', { url: rawUrl, connections, duration });
  const reread = once.issued() - published.length;
  const how = reread > 0 ? `${reread} of them re-sent after a timeout, so read twice` : 'each read once and never before';
  process.stdout.write(`\nby-slug cold ran ${cold.responses} requests for ${published.length} published articles, ${how}.\n`);
  return [populate, cold, warm, raw];
}

async function bench(options: Options): Promise<void> {
  const { url, log } = await startInstance(options);
  const published = await listPublished(url);
  if (published.length === 0) throw new Error('The import published no article.');
  const figures = await runAll(url, published, options);
  const [populate, , warm, raw] = figures;
  printTargets(populate, warm, raw, options.connections);
  process.stdout.write(`\nThe CMS wrote ${requestLogLines(log)} request log lines (strapi::logger) during the runs.\n`);
  if (figures.some((f) => f.non2xx > 0 || f.errors > 0)) {
    process.stderr.write('Some requests failed (non-2xx or errors above): those figures do not measure what they say.\n');
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(128 + os.constants.signals[signal])));
  }
  printMachine(options);
  try {
    await bench(options);
  } finally {
    await cleanUp();
  }
}

if (process.env[RAW_SERVER_ROLE]) {
  serveRaw();
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
