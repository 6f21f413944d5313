import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { writeSyntheticArchive } from '../../../bench/lib/synthetic-archive';
import { createScratchDatabase, type ScratchDatabase } from '../../../bench/lib/scratch-database';
import { dumpContent } from '../../helpers/database-dump';

const APP = path.resolve(__dirname, '..', '..', '..');
const ADRIATIC = path.resolve(APP, '..', 'shared', 'fixtures', 'adriatic');
const POSTS = 40;
const KILL_AFTER = 12;
// Batches smaller than the archive, so the kill lands while a batch's transaction is open, with earlier ones committed.
const BATCH_SIZE = '10';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  progressLines: number;
}

/** Runs the importer CLI as `npm run import` would, on the given database; kills it after `killAfter` progress lines. */
function runImporter(database: ScratchDatabase, dir: string, killAfter?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(APP, 'dist', 'scripts', 'import.js'), dir, '--batch-size', BATCH_SIZE], {
      cwd: APP,
      env: { ...process.env, ...database.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let progressLines = 0;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      progressLines += (chunk.toString().match(/^\[\d+\/\d+\] /gm) ?? []).length;
      if (killAfter !== undefined && progressLines >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, progressLines }));
  });
}

describe('Importer: killed half-way', () => {
  const databases: ScratchDatabase[] = [];
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-kill-'));
    writeSyntheticArchive(ADRIATIC, dir, POSTS);
    fs.writeFileSync(path.join(dir, '_posts', '2020-01-01-broken.md'), '---\ntitle: [unclosed\n---\nBody\n');
  });

  afterAll(async () => {
    for (const database of databases) await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('converges on a re-run to exactly what one clean run gives, with no duplicates', async () => {
    const clean = await createScratchDatabase('clean');
    const killed = await createScratchDatabase('killed');
    databases.push(clean, killed);

    const cleanRun = await runImporter(clean, dir);
    expect(cleanRun.code).toBe(1);
    expect(cleanRun.stdout).toMatch(/Failed \(1\):\n.*2020-01-01-broken\.md: malformed front matter/);

    const interrupted = await runImporter(killed, dir, KILL_AFTER);
    expect(interrupted.signal).toBe('SIGKILL');
    // Every imported post has a draft row; not every one is published (the image policy keeps some back).
    const [{ count: half }] = (await killed.query('select count(*) as count from articles where published_at is null')) as Array<{ count: number | string }>;
    expect(Number(half)).toBeGreaterThanOrEqual(KILL_AFTER - 1);
    expect(Number(half)).toBeLessThan(POSTS);

    const rerun = await runImporter(killed, dir);
    expect(rerun.code).toBe(1);
    const expected = await dumpContent(clean);
    // One draft row per post; a published row too for each post the image policy lets through.
    expect((expected.articles as Array<{ published: unknown }>).filter((article) => !Number(article.published))).toHaveLength(POSTS);
    expect(await dumpContent(killed)).toEqual(expected);

    const again = await runImporter(killed, dir);
    expect(again.stdout).toMatch(new RegExp(`^Article\\s+0\\s+0\\s+${POSTS}\\s+1$`, 'm'));
  }, 240000);
});
