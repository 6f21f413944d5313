import type autocannon from 'autocannon';
import crypto from 'crypto';
import { get, listPublished } from './articles';
import { createEditorToken } from './editor-token';
import { startSeededCms } from './instance';
import { measure, percentile, type Figures } from './load';
import { rssFigures, sampleRss, type RssFigures } from './memory';
import { KINDS, WRITE_KINDS, mixedRequests, type Kind, type MixTargets, type Tally } from './mix';
import type { Cleanups } from './processes';
import type { DatabaseClient } from './scratch-database';

/**
 * How much the CMS's resident memory may grow from the end of the warm-up to the end of the run, in MiB. V8 lets
 * garbage pile up in the old generation and frees it in occasional full collections, so RSS saws: on the 2-core
 * machine a 150 s run rose from 355 to 617 MiB, fell to 525, then 425, and rose again, while 60 s runs ended anywhere
 * from 47 below to 225 MiB above their warm-up figure, depending on where in the saw they stopped. The bound sits at
 * about 1.5× the highest rise seen (262 MiB): a run cannot fail on a saw tooth, and a leak that keeps what it serves
 * outgrows it.
 */
export const RSS_GROWTH_BOUND_MIB = 400;

/** Success, or "not modified" for a reader revalidating its copy; anything else means a request went wrong. */
export const isExpectedStatus = (status: number): boolean => (status >= 200 && status < 300) || status === 304;

// A request unanswered this long is dropped and counted as an error. Not autocannon's 10 s: on the shared 2-core machine
// all 50 connections at once sometimes went unanswered for 10 s while the CMS's log showed it serving without a pause,
// its slowest request taking 1.3 s: the machine's stall, not the server's. 30 s leaves the requests truly left waiting.
const TIMEOUT_SECONDS = 30;
const DRAFTS_EDITED = 40;
const LIST_PAGE_SIZE = 10;

export interface SoakOptions {
  seconds: number;
  connections: number;
  /** Synthetic posts imported before the run. */
  articles: number;
  database: DatabaseClient;
}

/** One kind's share of the mix, counted from its own responses: the figures of a run, with statuses instead of totals. */
export interface KindFigures extends Pick<Figures, 'responses' | 'perSecond' | 'p50' | 'p99'> {
  kind: Kind;
  statuses: Map<number, number>;
}

export interface SoakReport {
  kinds: KindFigures[];
  /** The whole mix as autocannon saw it: `errors` are requests with no response (refused, reset, timed out). */
  overall: Figures;
  /** Responses by status whatever their kind. */
  statuses: Map<number, number>;
  unexpected: Array<{ kind: Kind; status: number; count: number }>;
  /** Requests never answered (timed out, or their connection lost), by kind; those cut off by the end are not counted. */
  unanswered: Map<Kind, number>;
  /** Why requests got no response, as autocannon reported it: an error code or message, and how often. */
  requestErrors: Map<string, number>;
  reads: number;
  writes: number;
  /** The public reads' p50 and p99 over every read kind together, in ms. */
  readLatency: ReadLatency;
  /** The same server, after the run, with the write slots reading by slug instead (the baseline, in the same run). */
  readsOnly: ReadLatency & { seconds: number; perSecond: number };
  warmUpSeconds: number;
  rss: RssFigures;
}

export interface ReadLatency {
  p50: number;
  p99: number;
}

function readLatencyOf(tally: Tally): ReadLatency {
  const sorted = KINDS.filter((kind) => !WRITE_KINDS.includes(kind))
    .flatMap((kind) => tally.latencies[kind])
    .sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

/** The first third of the run, at most 15 s: long enough for the caches and V8's heap to reach their working size. */
export const warmUpSecondsOf = (seconds: number): number => Math.min(15, Math.max(1, Math.round(seconds / 3)));

interface DraftBody {
  data: { body: string | null };
}

/** What the mix reads and edits: the published articles, their drafts' bodies, the categories, and the editor token. */
async function prepareTargets(url: string): Promise<MixTargets> {
  const published = await listPublished(url);
  if (published.length === 0) throw new Error('The import published no article.');
  const editorToken = await createEditorToken(url);
  const drafts: MixTargets['drafts'] = [];
  for (const { documentId } of published.slice(0, DRAFTS_EDITED)) {
    const response = await fetch(`${url}/api/articles/${documentId}?status=draft&fields[0]=body`, { headers: { Authorization: `Bearer ${editorToken}` } });
    if (response.status !== 200) throw new Error(`Reading the draft ${documentId} answered ${response.status}.`);
    drafts.push({ documentId, body: ((await response.json()) as DraftBody).data.body ?? '' });
  }
  const categories = (await (await get(`${url}/api/categories?fields[0]=slug&pagination[pageSize]=100`)).json()) as { data: Array<{ slug: string | null }> };
  const categorySlugs = categories.data.flatMap(({ slug }) => (slug ? [slug] : []));
  if (categorySlugs.length === 0) throw new Error('The import made no category.');
  return {
    slugs: published.map(({ slug }) => slug),
    drafts,
    categorySlugs,
    listPages: Math.ceil(published.length / LIST_PAGE_SIZE),
    editorToken,
    runId: crypto.randomBytes(4).toString('hex'),
  };
}

function kindFigures(tally: Tally, seconds: number): KindFigures[] {
  return KINDS.map((kind) => {
    const sorted = [...tally.latencies[kind]].sort((a, b) => a - b);
    return {
      kind,
      responses: sorted.length,
      perSecond: sorted.length / seconds,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      statuses: tally.statuses[kind],
    };
  });
}

function unansweredByKind(tally: Tally, endedAt: number): Map<Kind, number> {
  const unanswered = new Map<Kind, number>();
  for (const { kind, sentAt } of tally.inFlight.values()) {
    if (endedAt - sentAt >= TIMEOUT_SECONDS * 1000) unanswered.set(kind, (unanswered.get(kind) ?? 0) + 1);
  }
  return unanswered;
}

type Run = { tally: Tally; overall: Figures; requestErrors: Map<string, number>; rss: RssFigures; readsOnly: SoakReport['readsOnly']; mixEndedAt: number };

function report({ tally, overall, requestErrors, rss, readsOnly, mixEndedAt }: Run, options: SoakOptions): SoakReport {
  const kinds = kindFigures(tally, options.seconds);
  const statuses = new Map<number, number>();
  const unexpected: SoakReport['unexpected'] = [];
  for (const { kind, statuses: byStatus } of kinds) {
    for (const [status, count] of byStatus) {
      statuses.set(status, (statuses.get(status) ?? 0) + count);
      if (!isExpectedStatus(status)) unexpected.push({ kind, status, count });
    }
  }
  const count = (write: boolean) => kinds.filter(({ kind }) => WRITE_KINDS.includes(kind) === write).reduce((sum, k) => sum + k.responses, 0);
  const unanswered = unansweredByKind(tally, mixEndedAt);
  return {
    readLatency: readLatencyOf(tally),
    kinds,
    overall,
    statuses,
    unexpected,
    unanswered,
    requestErrors,
    reads: count(false),
    writes: count(true),
    warmUpSeconds: warmUpSecondsOf(options.seconds),
    rss,
    readsOnly,
  };
}

/**
 * Starts the CMS on a scratch database with an imported archive, then runs the mix of reads and editor writes for
 * `seconds` at `connections` while sampling the server's memory every second. `cleanups` stops and drops all of it.
 */
export async function runSoak(options: SoakOptions, cleanups: Cleanups): Promise<SoakReport> {
  const cms = await startSeededCms({ label: 'soak', articles: options.articles, database: options.database }, cleanups);
  const targets = await prepareTargets(cms.url);
  const { requests, tally } = mixedRequests(targets);
  const sampler = sampleRss(cms.pid);
  const requestErrors = new Map<string, number>();
  const countErrors = (instance: autocannon.Instance) =>
    instance.on('reqError', (error: Error & { code?: string }) => {
      const why = error.code ?? error.message;
      requestErrors.set(why, (requestErrors.get(why) ?? 0) + 1);
    });
  const settings = { url: cms.url, connections: options.connections, duration: options.seconds, timeout: TIMEOUT_SECONDS, requests };
  const overall = await measure('mix', settings, countErrors);
  // Requests still out when the mix ended were cut off by its end, not left unanswered: judged against that moment, not
  // against the end of the baseline run after it.
  const mixEndedAt = performance.now();
  const rss = rssFigures(sampler.stop(), warmUpSecondsOf(options.seconds));
  const baseline = mixedRequests(targets, false);
  const seconds = Math.max(5, Math.round(options.seconds / 3));
  const readsOnlyRun = await measure('reads only (baseline)', { ...settings, duration: seconds, requests: baseline.requests }, countErrors);
  const readsOnly = { ...readLatencyOf(baseline.tally), seconds, perSecond: readsOnlyRun.perSecond };
  return report({ tally, overall, requestErrors, rss, readsOnly, mixEndedAt }, options);
}

/** What broke the soak's bounds, in words; empty when it held. */
export function soakProblems(soak: SoakReport): string[] {
  const problems = soak.unexpected.map(({ kind, status, count }) => `${count} ${kind} requests answered ${status}.`);
  for (const [kind, count] of soak.unanswered) problems.push(`${count} ${kind} requests were never answered.`);
  if (soak.overall.errors > 0) {
    const why = [...soak.requestErrors].map(([reason, count]) => `${count}× ${reason}`).join(', ');
    problems.push(`${soak.overall.errors} requests got no response (${why || 'no reason given'}).`);
  }
  const idle = soak.kinds.filter(({ responses }) => responses === 0).map(({ kind }) => kind);
  if (idle.length > 0) problems.push(`No ${idle.join(', ')} request was answered: the mix did not run as meant.`);
  if (soak.rss.growth > RSS_GROWTH_BOUND_MIB)
    problems.push(`RSS grew ${soak.rss.growth.toFixed(1)} MiB after the warm-up, beyond ${RSS_GROWTH_BOUND_MIB} MiB.`);
  return problems;
}
