import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createScratchDatabase, type ScratchDatabase } from '../../../bench/lib/scratch-database';
import { writeSyntheticArchive } from '../../../bench/lib/synthetic-archive';
import { dumpImport } from '../../helpers/import-dump';

const APP = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.resolve(APP, '..', 'shared', 'fixtures');
const ADRIATIC = path.join(FIXTURES, 'adriatic');
const FACT_CHECKS = path.join(FIXTURES, 'factchecks');
const STATEMENTS = /^SQL statements: (\d+) \([\d.]+ per article\)\n/m;

interface Run {
  code: number | null;
  summary: string;
  statements: number;
}

/** The importer CLI on an empty scratch database of the configured kind, with --stats. */
async function importInto(database: ScratchDatabase, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(APP, 'dist', 'scripts', 'import.js'), ...args, '--stats'], {
      cwd: APP,
      env: { ...process.env, ...database.env },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const counted = STATEMENTS.exec(stdout);
      resolve({ code, summary: stdout.replace(STATEMENTS, ''), statements: counted ? Number(counted[1]) : Number.NaN });
    });
  });
}

/**
 * A synthetic archive over several batches (kickers and sources shared across them), plus what must leave the batch:
 * a second post claiming a slug the batch already writes (it updates the first, as item by item), and a post whose
 * title a guard refuses (it fails with the guard's reason).
 */
function archive(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-batch-'));
  writeSyntheticArchive(ADRIATIC, dir, 120);
  const posts = path.join(dir, '_posts');
  const [first] = fs.readdirSync(posts).sort();
  fs.writeFileSync(
    path.join(posts, `2030-01-01-${first.slice(11)}`),
    fs.readFileSync(path.join(posts, first), 'utf8').replace(/^title: .*$/m, 'title: Same slug, later'),
  );
  fs.writeFileSync(path.join(posts, '2030-01-02-markup.md'), '---\ntitle: "A <b>bold</b> headline"\n---\n\nBody.\n');
  return dir;
}

describe('Importer: the batch path writes what the per-item path writes', () => {
  const databases: ScratchDatabase[] = [];
  let dir: string;

  beforeAll(() => {
    dir = archive();
  });

  afterAll(async () => {
    for (const database of databases) await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function bothWays(args: string[]): Promise<{ batch: Run; perItem: Run; batchDump: Record<string, string[]>; perItemDump: Record<string, string[]> }> {
    const inBatches = await createScratchDatabase('batch');
    const itemByItem = await createScratchDatabase('per_item');
    databases.push(inBatches, itemByItem);
    const batch = await importInto(inBatches, [...args, '--batch-size', '50']);
    const perItem = await importInto(itemByItem, [...args, '--batch-size', '1']);
    return { batch, perItem, batchDump: await dumpImport(inBatches), perItemDump: await dumpImport(itemByItem) };
  }

  it('keeps published what the old site published: the same rows, links, orders, stages, records and review findings, for a fraction of the statements', async () => {
    const { batch, perItem, batchDump, perItemDump } = await bothWays([ADRIATIC, FACT_CHECKS, dir]);
    expect(perItem.code).toBe(1);
    expect(batch.code).toBe(1);
    expect(batch.summary).toMatch(/2030-01-02-markup\.md: title: title is plain text/);
    expect(batch.summary).toMatch(/Politics articles cite at least one outside source/);
    expect(batch.summary).toEqual(perItem.summary);
    expect(batchDump).toEqual(perItemDump);
    expect(batchDump.articles.length).toBeGreaterThan(150);
    expect(batchDump.stages.length).toBeGreaterThan(100);
    expect(batchDump.reviewFindings.length).toBeGreaterThan(6);
    expect(batch.statements).toBeLessThan(perItem.statements / 10);
  }, 300_000);

  it('holds back alike what a rule finds when asked to, the held posts approved drafts', async () => {
    const { batch, perItem, batchDump, perItemDump } = await bothWays([ADRIATIC, '--hold-findings']);
    expect(batch.code).toBe(0);
    expect(batch.summary).toMatch(/kept as a draft, not published: leadImage\.caption/);
    expect(batch.summary).toEqual(perItem.summary);
    expect(batchDump).toEqual(perItemDump);
    expect(batchDump.reviewFindings).toEqual([]);
  }, 300_000);

  it('imports drafts alike, with what would keep each from being published', async () => {
    const { batch, perItem, batchDump, perItemDump } = await bothWays([ADRIATIC, '--draft']);
    expect(batch.code).toBe(0);
    expect(batch.summary).toMatch(/would not be published: leadImage\.caption/);
    expect(batch.summary).toEqual(perItem.summary);
    expect(batchDump).toEqual(perItemDump);
    expect(batchDump.stages).toEqual([]);
  }, 300_000);
});
