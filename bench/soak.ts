import { row } from './lib/load';
import { readBenchOptions } from './lib/options';
import { machineLine } from './lib/machine';
import { withCleanups } from './lib/processes';
import { RSS_GROWTH_BOUND_MIB, runSoak, soakProblems, type SoakOptions, type SoakReport } from './lib/soak-run';

/** The bound for public reads while editors write (reported, not asserted: a shared machine's figures). */
const READ_P99_TARGET_MS = 50;

const USAGE = `Usage: npm run bench:soak -- [--seconds 60] [--connections 50] [--articles 40] [--database sqlite|postgres]

Imports a synthetic archive of that many posts into a scratch database, starts the CMS in production mode, makes an
editor's full-access API token and runs a mix for that long: public reads (articles by slug, populated article lists,
the RSS feed, category lists) and the editor's writes as the admin panel makes them (8 % saves of published articles'
drafts with ?status=draft, 1 % publishes, 1 % new drafts). Samples the server's RSS every second. Prints requests, req/s and p50/p99 per kind,
the statuses and the memory figures, and exits non-zero if any response was other than 2xx or 304, any request got
no response within 30 s, a kind never ran, or RSS grew more than ${RSS_GROWTH_BOUND_MIB} MiB after the warm-up. --database defaults to DATABASE_CLIENT;
PostgreSQL is reached at DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432); the scratch database is
dropped at the end, also on failure.
`;

function readOptions(): SoakOptions {
  return readBenchOptions({ seconds: 60, connections: 50, articles: 40 }, process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite', USAGE);
}

function printSetting({ seconds, connections, articles, database }: SoakOptions): void {
  process.stdout.write(
    `${machineLine()}; autocannon and the CMS share these cores.\n` + `${articles} synthetic posts, ${database}, ${connections} connections, ${seconds} s.\n\n`,
  );
}

const statusList = (statuses: Map<number, number>): string =>
  [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');

function printReport(soak: SoakReport): void {
  const { kinds, rss, statuses, overall } = soak;
  process.stdout.write(`\n${row(['kind', 'requests', 'req/s', 'p50 ms', 'p99 ms'])}  statuses\n`);
  for (const k of kinds) {
    process.stdout.write(`${row([k.kind, k.responses, k.perSecond.toFixed(1), k.p50.toFixed(1), k.p99.toFixed(1)])}  ${statusList(k.statuses)}\n`);
  }
  const { p50, p99 } = soak.readLatency;
  const met = p99 < READ_P99_TARGET_MS ? 'met' : 'not met';
  const base = soak.readsOnly;
  process.stdout.write(
    `\npublic reads together: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target p99 < ${READ_P99_TARGET_MS} ms: ${met}); ${soak.overall.perSecond.toFixed(0)} req/s in all.\n` +
      `baseline, the same server with the write slots reading by slug (${base.seconds} s after the run): p50 ${base.p50.toFixed(1)} ms, ` +
      `p99 ${base.p99.toFixed(1)} ms, ${base.perSecond.toFixed(0)} req/s.\n`,
  );
  const mib = (value: number) => `${value.toFixed(1)} MiB`;
  process.stdout.write(
    `\n${soak.reads} reads, ${soak.writes} writes; statuses ${statusList(statuses)}; ${overall.errors} without a response.\n` +
      `RSS: start ${mib(rss.start)}, after the ${soak.warmUpSeconds} s warm-up ${mib(rss.afterWarmUp)}, end ${mib(rss.end)}, ` +
      `peak ${mib(rss.peak)}; growth after warm-up ${mib(rss.growth)} (bound ${RSS_GROWTH_BOUND_MIB} MiB).\n`,
  );
}

async function main(): Promise<void> {
  const options = readOptions();
  printSetting(options);
  await withCleanups(async (cleanups) => {
    const soak = await runSoak(options, cleanups);
    printReport(soak);
    const problems = soakProblems(soak);
    for (const problem of problems) process.stderr.write(`${problem}\n`);
    if (problems.length > 0) process.exitCode = 1;
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
