import path from 'path';
import { createEditor } from './editor-token';
import { createKforDraft, type SavedArticle } from './kfor-article';
import { percentile } from './load';
import { APP } from './paths';
import { Cleanups, startCms } from './processes';
import { send, timed } from './rest';
import { createScratchDatabase, type DatabaseClient } from './scratch-database';
import { scratchSecrets } from './scratch-secrets';

export type AppKind = 'app' | 'bare';

export interface RoundOptions {
  rounds: number;
  warmUp: number;
}

/** Median and 95th percentile of one operation's timed rounds, in milliseconds. */
export interface Latency {
  p50: number;
  p95: number;
}

export interface SaveFigures {
  draft: Latency;
  publish: Latency;
  /** The publish gates' own time, from the app's Server-Timing; null for bare Strapi, which has none. */
  gates: Latency | null;
}

export interface SaveRun {
  database: DatabaseClient;
  /** The bare app's directory; the app itself runs from the project. */
  bareDir: string;
  /** Where the servers' output goes, kept for a failed boot's message. */
  logDir: string;
}

/** One app started and ready: its article's address, the token saving it, and the timings gathered so far. */
interface Subject {
  kind: AppKind;
  articleUrl: string;
  token: string;
  article: SavedArticle;
  draft: number[];
  publish: number[];
  gates: number[];
}

const latency = (samples: number[]): Latency => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
};

/**
 * The app publishes an article only once it is approved: the bench's admin (a Super Admin, holding every stage) moves
 * it through review with the stage control, as the chief editor would. Once published it may be published again, as a
 * correction, so this is needed once.
 */
async function approve(url: string, adminJwt: string, documentId: string): Promise<void> {
  for (const to of ['in-review', 'approved']) await send('POST', `${url}/editorial/articles/${documentId}/stage`, adminJwt, { to });
}

/**
 * One app on its own scratch database, in production mode: the KFOR draft made (and, in the app, approved), ready for
 * the rounds. `own` stops the server and drops the database.
 */
async function prepare(kind: AppKind, run: SaveRun, own: Cleanups): Promise<Subject> {
  const scratch = await createScratchDatabase(`save_${kind}`, run.database);
  own.add(`drop the ${kind} scratch database`, () => scratch.drop());
  const log = path.join(run.logDir, `${kind}-${run.database}.log`);
  process.stderr.write(`Starting ${kind === 'app' ? 'the app' : 'bare Strapi'} on ${run.database}…\n`);
  const { url } = await startCms({ ...scratchSecrets(), ...scratch.env }, log, own, kind === 'app' ? APP : run.bareDir);
  const editor = await createEditor(url);
  const article = await createKforDraft(url, editor.apiToken);
  if (kind === 'app') await approve(url, editor.adminJwt, article.documentId);
  return { kind, articleUrl: `${url}/api/articles/${article.documentId}`, token: editor.apiToken, article, draft: [], publish: [], gates: [] };
}

/** The order the apps take in a round: it alternates, so neither always answers right after the other. */
export const roundOrder = <T>(round: number, subjects: readonly T[]): T[] => (round % 2 === 0 ? [...subjects] : [...subjects].reverse());

/**
 * Warm-up rounds, then timed ones. Each round is a draft save (`?status=draft`) on both apps, then a save-and-publish
 * (no status, which Strapi 5's REST update publishes) on both, each request with its own revision of the body; which
 * app goes first alternates. So both are timed in the same minutes of a shared machine's load, one request at a time.
 */
async function timeRounds(subjects: Subject[], { rounds, warmUp }: RoundOptions): Promise<void> {
  for (let round = 0; round < warmUp + rounds; round++) {
    const order = roundOrder(round, subjects);
    const timedRound = round >= warmUp;
    for (const subject of order) {
      const saved = await timed('PUT', `${subject.articleUrl}?status=draft`, subject.token, { data: subject.article.data(2 * round + 1) });
      if (timedRound) subject.draft.push(saved.ms);
    }
    for (const subject of order) {
      const published = await timed('PUT', subject.articleUrl, subject.token, { data: subject.article.data(2 * round + 2) });
      if (!timedRound) continue;
      subject.publish.push(published.ms);
      if (published.gatesMs !== null) subject.gates.push(published.gatesMs);
    }
  }
}

const figuresOf = (subject: Subject): SaveFigures => ({
  draft: latency(subject.draft),
  publish: latency(subject.publish),
  gates: subject.gates.length > 0 ? latency(subject.gates) : null,
});

/**
 * The app and bare Strapi on one database, each on its own scratch database and server, timed in alternation. An idle
 * server costs next to nothing while the other answers; timing them in turn, rather than one after the other, keeps a
 * change in the machine's load from landing on one side of the ratio. Both servers are stopped and the databases
 * dropped before the next database's run; `cleanups` still holds them if the bench is interrupted.
 */
export async function measureSaves(run: SaveRun, options: RoundOptions, cleanups: Cleanups): Promise<Record<AppKind, SaveFigures>> {
  const own = new Cleanups();
  cleanups.add(`stop the runs on ${run.database}`, () => own.runAll());
  try {
    const app = await prepare('app', run, own);
    const bare = await prepare('bare', run, own);
    await timeRounds([app, bare], options);
    return { app: figuresOf(app), bare: figuresOf(bare) };
  } finally {
    await own.runAll();
  }
}
