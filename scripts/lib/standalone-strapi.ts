import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import { drainDatabase } from './drain-database';

// Compiled to dist/scripts/lib, so the project root is three levels up.
const appDir = path.resolve(__dirname, '..', '..', '..');

/**
 * Boots the compiled server without its HTTP listener, runs `work`, and shuts it down whatever happens. A boot that
 * fails half-way (a missing secret, an unreachable database) is shut down too: its open pool and timers would
 * otherwise keep the command running after it has reported the error.
 */
export async function withStandaloneStrapi<T>(work: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  // A command does its own work only: the running instances publish what is scheduled.
  process.env.SCHEDULER_ENABLED = 'false';
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  // A command's output is its progress and its summary; Strapi's boot and migration notes would bury them.
  strapi.log.level = 'warn';
  try {
    await strapi.load();
    const result = await work(strapi);
    await drainDatabase(strapi);
    return result;
  } finally {
    await strapi.destroy();
  }
}
