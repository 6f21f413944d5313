import { spawn } from 'child_process';
import path from 'path';
import { setTimeout as delay } from 'timers/promises';
import { createScratchDatabase, type ScratchDatabase } from '../../../bench/lib/scratch-database';
import { publishArticle } from '../../helpers/editorial';
import { apiToken, editor, unique } from '../../helpers/http';
import { firstFullRecovery, startMixedLoad, type Sample } from '../../helpers/mixed-load';
import { inconsistencies, publishedCount } from '../../helpers/row-consistency';
import { startSecondInstance, type SecondInstance } from '../../helpers/second-instance-process';
import { strapiInstance } from '../../helpers/strapi';
import { startTcpProxy, type TcpProxy } from '../../helpers/tcp-proxy';

const WARM_UP_MS = 3000;
const OUTAGE_MS = 5000;
const REQUEST_BOUND_MS = 10000;
const RECOVERY_BOUND_MS = 15000;
const KILL_AFTER_STEPS = 30;

const isServerError = (sample: Sample) => sample.status >= 500 && sample.status < 600;

// A restart is a PostgreSQL event: SQLite has no server to lose.
if (process.env.DATABASE_CLIENT === 'postgres') {
  describe('Faults: PostgreSQL restarted while an instance is under load', () => {
    let proxy: TcpProxy;
    let second: SecondInstance;
    let samples: Sample[] = [];
    let cutAt = 0;
    let restoredAt = 0;
    let recoveredAt: number | null = null;
    let pid: number | undefined;
    const article = { slug: '', deck: 'Standfirst before the restart.', documentId: '' };

    beforeAll(async () => {
      const database = new URL(process.env.DATABASE_URL ?? '');
      proxy = await startTcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
      const proxied = new URL(database.toString());
      proxied.host = `127.0.0.1:${proxy.port}`;
      second = await startSecondInstance({ ...process.env, DATABASE_URL: proxied.toString() });
      pid = second.child.pid;
      Object.assign(article, (await publishArticle({ title: unique('Restart story'), deck: article.deck })).body.data);
      const draft = (await editor.post('/api/articles?status=draft', { data: { title: unique('Restart draft') } }).expect(201)).body.data;
      const load = startMixedLoad(
        { origin: second.origin, token: await apiToken(), articles: [article], draftId: draft.documentId },
        { timeoutMs: REQUEST_BOUND_MS },
      );
      await delay(WARM_UP_MS);
      await proxy.cut();
      cutAt = Date.now();
      await delay(OUTAGE_MS);
      restoredAt = Date.now();
      await proxy.restore();
      recoveredAt = await firstFullRecovery(load.samples, restoredAt, RECOVERY_BOUND_MS);
      samples = await load.stop();
    }, 120000);

    afterAll(async () => {
      await second?.stop();
      await proxy?.close();
    });

    it('answers every request made while the database is away with a 503 and Retry-After, none left hanging', () => {
      const during = samples.filter((sample) => sample.startedAt >= cutAt && sample.endedAt <= restoredAt);
      expect(during.length).toBeGreaterThanOrEqual(20);
      expect(during.filter((sample) => sample.status !== 503 || !sample.retryAfter)).toEqual([]);
      expect(samples.filter((sample) => sample.status <= 0)).toEqual([]);
    });

    it('answers nothing but the right data or a server error, before, during and after the outage', () => {
      expect(samples.filter((sample) => !(sample.correct || isServerError(sample)))).toEqual([]);
      expect(samples.filter((sample) => sample.correct && sample.startedAt < cutAt).length).toBeGreaterThan(0);
    });

    it('stays up and serves lists, articles and writes again within seconds of the database coming back', () => {
      const { exitCode, signalCode } = second.child;
      if (exitCode !== null || signalCode !== null) throw new Error(`The instance exited (${exitCode ?? signalCode}):\n${second.errors()}`);
      expect(second.child.pid).toBe(pid);
      expect(recoveredAt).not.toBeNull();
      expect((recoveredAt ?? Infinity) - restoredAt).toBeLessThan(RECOVERY_BOUND_MS);
    });

    it('shows a write made after the recovery on its next read, with its delivery cache back in use', async () => {
      const read = async () => ((await (await fetch(`${second.origin}/api/articles/by-slug/${article.slug}`)).json()) as { data: { deck: string } }).data.deck;
      const rows = () => strapiInstance().db.connection('articles').where({ document_id: article.documentId });
      // The cache stands aside until the invalidation listener is back: a change made behind Strapi's back shows while it
      // does, and stops showing once the cache answers again.
      let cached = false;
      for (let attempt = 0; !cached && attempt < 40; attempt += 1) {
        await read();
        await rows().update({ deck: `Underneath ${attempt}.` });
        cached = (await read()) !== `Underneath ${attempt}.`;
        if (!cached) await delay(500);
      }
      expect(cached).toBe(true);
      await editor.put(`/api/articles/${article.documentId}`, { data: { deck: 'Written after the restart.' } }).expect(200);
      expect(await read()).toBe('Written after the restart.');
    });
  });
}

interface LoopRun {
  signal: NodeJS.Signals | null;
  code: number | null;
  steps: number;
  stdout: string;
  stderr: string;
}

/** Runs the publish loop on the database; kills it with SIGKILL once it has reported `killAfter` steps. */
function runPublishLoop(database: ScratchDatabase, mode: 'loop' | 'once', killAfter = Infinity): Promise<LoopRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'helpers', 'publish-loop.js'), mode], {
      env: { ...process.env, ...database.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: LoopRun = { signal: null, code: null, steps: 0, stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString();
      run.steps = (run.stdout.match(/^step \d+$/gm) ?? []).length;
      if (run.steps >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (run.stderr = (run.stderr + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ ...run, code, signal }));
  });
}

describe('Faults: killed while publishing', () => {
  let database: ScratchDatabase;
  let killed: LoopRun;

  beforeAll(async () => {
    database = await createScratchDatabase('publish_kill');
    killed = await runPublishLoop(database, 'loop', KILL_AFTER_STEPS);
  }, 180000);

  afterAll(async () => {
    await database?.drop();
  });

  it('leaves one draft row per document, at most one published row, and no link or component row pointing nowhere', async () => {
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.steps).toBeGreaterThanOrEqual(KILL_AFTER_STEPS);
    expect(await publishedCount(database, 'articles')).toBeGreaterThan(0);
    expect(await inconsistencies(database, strapiInstance())).toEqual([]);
  });

  it('boots again on that database, publishes, and serves what it published', async () => {
    const again = await runPublishLoop(database, 'once');
    expect(again).toMatchObject({ code: 0 });
    const published = JSON.parse(/^published (.*)$/m.exec(again.stdout)?.[1] ?? '[]') as Array<{ slug: string; deck: string }>;
    expect(published.length).toBeGreaterThan(0);
    const server = await startSecondInstance({ ...process.env, ...database.env });
    try {
      for (const { slug, deck } of published) {
        const response = await fetch(`${server.origin}/api/articles/by-slug/${slug}`);
        expect({ slug, status: response.status, deck: ((await response.json()) as { data: { deck: string } }).data.deck }).toEqual({ slug, status: 200, deck });
      }
    } finally {
      await server.stop();
    }
    expect(await inconsistencies(database, strapiInstance())).toEqual([]);
  }, 180000);
});
