import fs from 'fs';
import os from 'os';
import { get, listPublished, readSample, type Published } from './lib/articles';
import { startSeededCms } from './lib/instance';
import { eachOnce, headerRow, measure, settle, type Figures } from './lib/load';
import { readBenchOptions } from './lib/options';
import { machineLine } from './lib/machine';
import { freePort, withCleanups, type Cleanups } from './lib/processes';
import { startRawServer } from './lib/raw-server';
import { startVarnish, type RunningVarnish } from './lib/varnish';
import type { DatabaseClient } from './lib/scratch-database';

const TARGETS = { warmOverPopulate: 20, rawOverWarm: 3, warmP99Ms: 50, coldP99Ms: 50, crossOriginOverWarm: 0.8 };
/** A browser's cross-origin fetch: the cache answers it after CORS, the request log and the security middleware. */
const CROSS_ORIGIN = { Origin: 'https://reader.example.org' };
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
one article by slug again and again (each a cache hit), the same with an Origin header as a browser's cross-origin
fetch sends, the same through Varnish (deploy/varnish/default.vcl, the CMS purging it) and a bare Node server sending
the same bytes. Prints req/s, p50 and p99 latency and the ratios against their targets. PostgreSQL is reached at DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432); the
scratch database is dropped at the end, also on failure.
`;

interface Options {
  articles: number;
  connections: number;
  duration: number;
  database: DatabaseClient;
}

interface Runs {
  populate: Figures;
  cold: Figures;
  warm: Figures;
  crossOrigin: Figures;
  varnish: Figures;
  raw: Figures;
}

function readOptions(): Options {
  return readBenchOptions({ articles: 200, connections: 50, duration: 10 }, 'sqlite', USAGE);
}

function printSetting({ articles, database, connections, duration }: Options): void {
  process.stdout.write(
    `${machineLine()}\n` +
      `autocannon and the CMS share these ${os.cpus().length} cores, so every figure is lower than a separate load generator would show.\n` +
      `${articles} synthetic posts, ${database}, ${connections} connections, ${duration} s per timed run.\n\n`,
  );
}

/** Figures beside their targets, for a reader to weigh: a benchmark on a shared machine reports, it does not assert. */
function printTargets(runs: Runs, connections: number): void {
  const { populate, cold, warm, crossOrigin, raw } = runs;
  const figureLine = (label: string, figure: string) => `${label.padEnd(30)}${figure.padStart(9)}   `;
  const line = (label: string, figure: string, target: string, met: boolean) =>
    `${figureLine(label, figure)}target ${target.padEnd(8)}  ${met ? 'met' : 'not met'}\n`;
  const speedup = warm.perSecond / populate.perSecond;
  const headroom = raw.perSecond / warm.perSecond;
  const crossOriginShare = crossOrigin.perSecond / warm.perSecond;
  const varnishOverWarm = runs.varnish.perSecond / warm.perSecond;
  const { warmOverPopulate, rawOverWarm, warmP99Ms, coldP99Ms, crossOriginOverWarm } = TARGETS;
  process.stdout.write(
    `\n${line('warm ÷ Strapi populate', `${speedup.toFixed(1)}×`, `≥ ${warmOverPopulate}×`, speedup >= warmOverPopulate)}` +
      line('raw ÷ warm', `${headroom.toFixed(1)}×`, `≤ ${rawOverWarm}×`, headroom <= rawOverWarm) +
      line(`warm p99 at ${connections} connections`, `${warm.p99.toFixed(1)} ms`, `< ${warmP99Ms} ms`, warm.p99 < warmP99Ms) +
      line('cold p99 (each article once)', `${cold.p99.toFixed(1)} ms`, `< ${coldP99Ms} ms`, cold.p99 < coldP99Ms) +
      line('warm cross-origin ÷ warm', `${crossOriginShare.toFixed(2)}×`, `≥ ${crossOriginOverWarm}×`, crossOriginShare >= crossOriginOverWarm) +
      `${figureLine('Varnish ÷ warm', `${varnishOverWarm.toFixed(1)}×`)}information, no target\n`,
  );
}

/** How many request lines strapi::logger wrote: in production it still logs every request at the http level. */
const requestLogLines = (log: string): number =>
  fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => / GET \/api\//.test(line)).length;

/**
 * The five runs, one after another. The cold run reads every published article once by slug; the chosen one was
 * only read by documentId before, so none is in the cache. The warm runs then read the chosen one, cached by now:
 * without an Origin as a site's server, an app or a CDN asks, then with one as a browser's cross-origin fetch does.
 */
async function runAll(url: string, varnish: RunningVarnish, published: Published[], { connections, duration }: Options, cleanups: Cleanups): Promise<Runs> {
  const [chosen] = published;
  const populateUrl = `${url}/api/articles/${chosen.documentId}?${POPULATE}`;
  await get(populateUrl);
  const warmUrl = `${url}/api/articles/by-slug/${chosen.slug}`;
  process.stdout.write(`${headerRow()}\n`);
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
  const crossOrigin = await measure('by-slug warm, cross-origin', { url: warmUrl, connections, duration, headers: CROSS_ORIGIN });
  await settle(url);
  const throughVarnish = warmUrl.replace(url, varnish.origin);
  await get(throughVarnish);
  const backendBefore = await varnish.backendRequests();
  const varnishRun = await measure('by-slug warm, through Varnish', { url: throughVarnish, connections, duration });
  const reachedCms = (await varnish.backendRequests()) - backendBefore;
  await settle(url);
  const rawUrl = await startRawServer(sample, cleanups);
  if (!(await readSample(rawUrl)).body.equals(sample.body)) throw new Error("The raw server does not send the warm response's bytes.");
  const raw = await measure('raw Node ceiling', { url: rawUrl, connections, duration });
  const reread = once.issued() - published.length;
  const how = reread > 0 ? `${reread} of them re-sent after a timeout, so read twice` : 'each read once and never before';
  process.stdout.write(`\nby-slug cold ran ${cold.responses} requests for ${published.length} published articles, ${how}.\n`);
  process.stdout.write(`Through Varnish, ${reachedCms} of ${varnishRun.responses} requests reached the CMS.\n`);
  return { populate, cold, warm, crossOrigin, varnish: varnishRun, raw };
}

async function bench(options: Options, cleanups: Cleanups): Promise<void> {
  const varnishPort = await freePort();
  // Tags for Varnish and a CDN lifetime, as a deployment with deploy/varnish would set them; they add one header.
  const serverEnv = { CDN_TAG_HEADERS: 'xkey', CDN_MAX_AGE: '300', CDN_PURGE_VARNISH_URLS: `http://127.0.0.1:${varnishPort}` };
  const { url, log } = await startSeededCms({ label: 'delivery', articles: options.articles, database: options.database, serverEnv }, cleanups);
  const varnish = await startVarnish({ port: varnishPort, backendPort: Number(new URL(url).port) });
  cleanups.add('stop Varnish', () => varnish.stop());
  const published = await listPublished(url);
  if (published.length === 0) throw new Error('The import published no article.');
  const runs = await runAll(url, varnish, published, options, cleanups);
  printTargets(runs, options.connections);
  process.stdout.write(`\nThe CMS wrote ${requestLogLines(log)} request log lines (strapi::logger) during the runs.\n`);
  if (Object.values(runs).some((f) => f.non2xx > 0 || f.errors > 0)) {
    process.stderr.write('Some requests failed (non-2xx or errors above): those figures do not measure what they say.\n');
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  printSetting(options);
  await withCleanups((cleanups) => bench(options, cleanups));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
