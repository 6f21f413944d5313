import { setTimeout as delay } from 'timers/promises';
import type { Core } from '@strapi/strapi';

const POLL_MS = 20;
const DRAIN_LIMIT_MS = 10_000;

interface PoolGauges {
  numUsed(): number;
  numPendingAcquires(): number;
}

/**
 * Waits until the database pool is idle. Strapi sends a document's events after its transaction commits, re-reading the
 * entry without awaiting it; a command that shuts down right after its last save would abort those reads, and the
 * pool's "aborted" rejection, unhandled, would end the process with a failure after the work succeeded.
 */
export async function drainDatabase(strapi: Core.Strapi): Promise<void> {
  const pool = (strapi.db.connection.client as { pool?: PoolGauges }).pool;
  if (!pool) return;
  const deadline = Date.now() + DRAIN_LIMIT_MS;
  while ((pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < deadline) await delay(POLL_MS);
}
