import fs from 'fs';
import os from 'os';
import path from 'path';
import { FIXTURE_SITE } from './paths';
import { Cleanups, runImporter, startCms, stopChild, type RunningCms } from './processes';
import { createScratchDatabase, type DatabaseClient } from './scratch-database';
import { scratchSecrets } from './scratch-secrets';
import { writeSyntheticArchive } from './synthetic-archive';

export interface SeededCms extends RunningCms {
  /** The file the CMS writes its output (request log included) to. */
  log: string;
}

export interface SeedOptions {
  /** Names the scratch database and temporary directory, so a leftover one says which bench made it. */
  label: string;
  articles: number;
  database: DatabaseClient;
  /** More environment for the server (not the importer), such as the CDN settings bench:delivery gives it. */
  serverEnv?: Record<string, string>;
  /** Keep posts a newsroom rule flags as drafts (the default); false publishes every post, as a plain import does. */
  holdFindings?: boolean;
}

/**
 * Imports the archive with the importer CLI, publishing only what the newsroom's rules allow (`--hold-findings`): the
 * benches' editors publish what they edit, and the gates refuse that of a post the default import keeps online for
 * review.
 */
async function importArchive(dir: string, env: Record<string, string>, cleanups: Cleanups, holdFindings: boolean): Promise<void> {
  const importer = runImporter(dir, env, undefined, { args: holdFindings ? ['--hold-findings'] : [] });
  cleanups.add('stop the importer', () => stopChild(importer.child));
  const { exitCode, stderrTail } = await importer.exited;
  if (exitCode !== 0) throw new Error(`The importer exited with ${exitCode}:\n${stderrTail}`);
}

/** A CMS in production mode on a scratch database holding an imported synthetic archive; `cleanups` undoes all of it. */
export async function startSeededCms({ label, articles, database, serverEnv = {}, holdFindings = true }: SeedOptions, cleanups: Cleanups): Promise<SeededCms> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `provenance-bench-${label}-`));
  cleanups.add('remove the archive and log', async () => fs.rmSync(dir, { recursive: true, force: true }));
  writeSyntheticArchive(FIXTURE_SITE, path.join(dir, 'site'), articles);
  const scratch = await createScratchDatabase(label, database);
  cleanups.add('drop the scratch database', () => scratch.drop());
  // One set of secrets for the importer and the server, as one deployment would have.
  const env = { ...scratchSecrets(), ...scratch.env };
  process.stderr.write(`Importing ${articles} posts…\n`);
  await importArchive(path.join(dir, 'site'), env, cleanups, holdFindings);
  process.stderr.write('Starting the CMS in production mode…\n');
  const log = path.join(dir, 'strapi.log');
  return { ...(await startCms({ ...env, ...serverEnv }, log, cleanups)), log };
}
