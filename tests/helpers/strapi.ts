import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import { scratchSecrets } from '../../bench/lib/scratch-secrets';
import { drainDatabase } from '../../scripts/lib/drain-database';

const appDir = path.resolve(__dirname, '..', '..');
const random = () => crypto.randomBytes(16).toString('hex');

let instance: Core.Strapi | undefined;
let sqliteFile: string | undefined;

function configureTestEnv(): void {
  Object.assign(process.env, scratchSecrets());
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  // The test run's CMS counts sign-ins in its database, whatever a shell exported; the Redis counts are tested on
  // instances started with REDIS_URL of their own (tests/api/suites/sign-in-redis.suite.ts).
  delete process.env.REDIS_URL;
  delete process.env.REDIS_KEY_PREFIX;
  // Schedules fire within a second of their time, so the scheduling tests wait seconds, not the default ten.
  process.env.SCHEDULE_INTERVAL_SECONDS = '1';
  process.env.SCHEDULER_ENABLED = 'true';
  process.env.DATABASE_CLIENT ??= 'sqlite';
  if (process.env.DATABASE_CLIENT === 'sqlite') {
    // One database file per test process: SQLite ":memory:" would be taken as a file name.
    sqliteFile = path.join(os.tmpdir(), `provenance-test-${process.pid}-${random()}.db`);
    process.env.DATABASE_FILENAME = sqliteFile;
  }
}

/**
 * Boots Strapi from dist/ on the test database and mounts its HTTP server, not listening: supertest drives it. The
 * admin-panel tests ask for the built admin panel to be served too.
 */
export async function startStrapi({ serveAdminPanel = false } = {}): Promise<Core.Strapi> {
  if (instance) return instance;
  configureTestEnv();
  const app = await createStrapi({
    appDir,
    distDir: path.join(appDir, 'dist'),
    autoReload: false,
    serveAdminPanel,
  }).load();
  await app.server.mount();
  instance = app;
  return app;
}

/** Makes the booted Strapi listen on a free loopback port, for a browser; returns its origin. */
export async function listenOnLoopback(): Promise<string> {
  const server = strapiInstance().server.httpServer;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Strapi is not listening on a TCP port.');
  return `http://127.0.0.1:${address.port}`;
}

export async function stopStrapi(): Promise<void> {
  if (!instance) return;
  // Strapi re-reads an entry after commit without awaiting it; destroying the pool under those reads aborts them.
  await drainDatabase(instance);
  await instance.destroy();
  instance = undefined;
  if (sqliteFile) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${sqliteFile}${suffix}`, { force: true });
  }
}

export function strapiInstance(): Core.Strapi {
  if (!instance) throw new Error('Strapi is not started: call startStrapi() in beforeAll.');
  return instance;
}
