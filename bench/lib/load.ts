import autocannon from 'autocannon';
import { setTimeout as delay } from 'timers/promises';

const SETTLED_MS = 20;
const SETTLE_TIMEOUT_MS = 30_000;

/** One run's figures, as a row of the table. */
export interface Figures {
  name: string;
  responses: number;
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** The value below which `fraction` of the sorted samples lie (nearest rank); 0 for no samples. */
export function percentile(sorted: number[], fraction: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

export function row(cells: Array<string | number>): string {
  const widths = [-26, 9, 10, 8, 8, 8, 7];
  return cells.map((cell, i) => (widths[i] < 0 ? String(cell).padEnd(-widths[i]) : String(cell).padStart(widths[i]))).join('  ');
}

export const headerRow = (): string => row(['run', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors']);

const figureCells = (f: Figures) => [f.name, f.responses, f.perSecond.toFixed(1), f.p50.toFixed(1), f.p99.toFixed(1), f.non2xx, f.errors];

/**
 * Runs autocannon, prints the figures as a row and answers them; `watch` may listen to its events meanwhile. Requests
 * per second are counted from the start to the last response rather than taken from autocannon's per-second samples:
 * a run bounded by `amount` may end well inside its first second.
 */
export function measure(name: string, options: autocannon.Options, watch?: (instance: autocannon.Instance) => void): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let last = started;
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      const seconds = Number(last - started) / 1e9;
      const responses = result.requests.total;
      const figures: Figures = {
        name,
        responses,
        perSecond: seconds > 0 ? responses / seconds : 0,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
      };
      process.stdout.write(`${row(figureCells(figures))}\n`);
      resolve(figures);
    });
    instance.on('response', () => {
      last = process.hrtime.bigint();
    });
    watch?.(instance);
  });
}

/**
 * autocannon ends a timed run by closing its connections with requests still in flight, and the CMS goes on serving
 * them (50 populate reads take a good part of a second): wait until it answers health checks promptly again, or that
 * work would be charged to the next run (it made the cold reads queue behind the populate run's leftovers).
 */
export async function settle(url: string): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let prompt = 0;
  while (prompt < 3 && Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${url}/_health`);
    prompt = performance.now() - started < SETTLED_MS ? prompt + 1 : 0;
    await delay(50);
  }
}

/** One request definition whose every use asks for the next slug, so the connections together read each one once. */
export function eachOnce(slugs: string[]): { requests: autocannon.Request[]; issued: () => number } {
  let next = 0;
  const setupRequest = (request: autocannon.Request): autocannon.Request => ({
    ...request,
    path: `/api/articles/by-slug/${slugs[next++ % slugs.length]}`,
  });
  return { requests: [{ setupRequest }], issued: () => next };
}
