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
  kind: AppKind;
  database: DatabaseClient;
  /** The bare app's directory; the app itself runs from the project. */
  bareDir: string;
  /** Where the server's output goes, kept for a failed boot's message. */
  logDir: string;
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
 * Warm-up rounds, then timed ones: each a draft save (`?status=draft`) and a save-and-publish (no status, which Strapi
 * 5's REST update publishes), each with its own revision of the body, so every request changes the article.
 */
async function timeSaves(url: string, token: string, article: SavedArticle, { rounds, warmUp }: RoundOptions): Promise<SaveFigures> {
  const draft: number[] = [];
  const publish: number[] = [];
  const gates: number[] = [];
  const articleUrl = `${url}/api/articles/${article.documentId}`;
  for (let round = 0; round < warmUp + rounds; round++) {
    const saved = await timed('PUT', `${articleUrl}?status=draft`, token, { data: article.data(2 * round + 1) });
    const published = await timed('PUT', articleUrl, token, { data: article.data(2 * round + 2) });
    if (round < warmUp) continue;
    draft.push(saved.ms);
    publish.push(published.ms);
    if (published.gatesMs !== null) gates.push(published.gatesMs);
  }
  return { draft: latency(draft), publish: latency(publish), gates: gates.length > 0 ? latency(gates) : null };
}

/**
 * One app on one database: a fresh scratch database, the server started in production mode on it, the KFOR draft
 * made (and, in the app, approved), then the timed rounds. The server is stopped and the database dropped before the
 * next run starts, so the two apps never share the machine; `cleanups` still holds them if the bench is interrupted.
 */
export async function measureSaves(run: SaveRun, options: RoundOptions, cleanups: Cleanups): Promise<SaveFigures> {
  const own = new Cleanups();
  cleanups.add(`stop the ${run.kind} run on ${run.database}`, () => own.runAll());
  try {
    const scratch = await createScratchDatabase(`save_${run.kind}`, run.database);
    own.add('drop the scratch database', () => scratch.drop());
    const log = path.join(run.logDir, `${run.kind}-${run.database}.log`);
    process.stderr.write(`Starting ${run.kind === 'app' ? 'the app' : 'bare Strapi'} on ${run.database}…\n`);
    const { url } = await startCms({ ...scratchSecrets(), ...scratch.env }, log, own, run.kind === 'app' ? APP : run.bareDir);
    const editor = await createEditor(url);
    const article = await createKforDraft(url, editor.apiToken);
    if (run.kind === 'app') await approve(url, editor.adminJwt, article.documentId);
    return await timeSaves(url, editor.apiToken, article, options);
  } finally {
    await own.runAll();
  }
}
