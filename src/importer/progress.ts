import path from 'path';
import type { Outcome } from './domain/tally';

export interface Progress {
  start(total: number): void;
  item(file: string, outcome: Outcome): void;
  finish(): void;
}

const BAR_WIDTH = 30;

/**
 * A bar redrawn in place on a terminal; on anything else (CI logs, a pipe) one plain line per file, so a log says how
 * far an import got.
 */
export function createProgress(stream: NodeJS.WriteStream, cwd: string): Progress {
  let total = 0;
  let done = 0;
  const tty = stream.isTTY === true;
  return {
    start(count) {
      total = count;
      done = 0;
    },
    item(absolute, outcome) {
      done += 1;
      const file = path.relative(cwd, absolute) || absolute;
      if (!tty) {
        stream.write(`[${done}/${total}] ${outcome} ${file}\n`);
        return;
      }
      const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
      const name = file.length > 40 ? `…${file.slice(-39)}` : file;
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}`.padEnd(100));
    },
    finish() {
      if (tty && total > 0) stream.write('\n');
    },
  };
}

/** For callers that want no progress output (tests, the benchmark). */
export const silentProgress: Progress = { start() {}, item() {}, finish() {} };
