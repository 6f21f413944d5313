import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import { setTimeout as delay } from 'timers/promises';
import { APP, IMPORTER, STRAPI_BIN } from './paths';

const BOOT_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 10_000;

/** What to undo, newest first, whether the bench finishes, fails or is interrupted. */
export class Cleanups {
  private readonly steps: Array<{ what: string; run: () => Promise<void> }> = [];

  add(what: string, run: () => Promise<void>): void {
    this.steps.push({ what, run });
  }

  /** Runs every step, reporting (and marking the process failed) for any that throws rather than stopping at it. */
  async runAll(): Promise<void> {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      try {
        await step.run();
      } catch (error) {
        process.stderr.write(`Could not ${step.what}: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      }
    }
  }
}

/** Runs a benchmark with its cleanups, which run when it ends, fails or is interrupted (SIGINT, SIGTERM). */
export async function withCleanups(work: (cleanups: Cleanups) => Promise<void>): Promise<void> {
  const cleanups = new Cleanups();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanups.runAll().finally(() => process.exit(128 + os.constants.signals[signal])));
  }
  try {
    await work(cleanups);
  } finally {
    await cleanups.runAll();
  }
}

/** Ends a child and waits for it, killing it if it ignores SIGTERM; a child that already exited is left alone. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface ImporterRun {
  child: ChildProcess;
  /** Settles when the importer has exited, with the end of what it wrote to stderr; rejects if it could not start. */
  exited: Promise<{ exitCode: number | null; stderrTail: string }>;
}

export interface ImporterOptions {
  /** Command-line options after the site, e.g. `--stats`. */
  args?: string[];
  /** Sees the closing summary (stdout) as it comes. */
  onStdout?: (text: string) => void;
}

/** Runs the importer CLI on a Jekyll site as an editor would; `onStderr` sees its progress lines as they come. */
export function runImporter(dir: string, env: Record<string, string>, onStderr?: (text: string) => void, options: ImporterOptions = {}): ImporterRun {
  const child = spawn(process.execPath, [IMPORTER, dir, ...(options.args ?? [])], {
    cwd: APP,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ exitCode: number | null; stderrTail: string }>((resolve, reject) => {
    let stderrTail = '';
    // Read even when nobody listens: a full pipe would stall the importer.
    child.stdout.on('data', (chunk: Buffer) => options.onStdout?.(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      onStderr?.(text);
      stderrTail = (stderrTail + text).slice(-2000);
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stderrTail }));
  });
  return { child, exited };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const tail = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').slice(-3000) : '');

export interface RunningCms {
  url: string;
  /** The server's own process, whose memory the soak samples. */
  pid: number;
}

/**
 * Starts the CMS (or another Strapi app in `appDir`, such as the save bench's bare one) as production runs it and answers
 * its URL and process once /_health does. Its output goes to a file rather than a pipe, so this process (which also
 * runs autocannon) spends nothing reading the request log, and the log can be shown if the boot fails.
 */
export async function startCms(env: Record<string, string>, log: string, cleanups: Cleanups, appDir = APP): Promise<RunningCms> {
  const port = await freePort();
  const output = fs.openSync(log, 'w');
  const child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: appDir,
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_STARTUP_BANNER: 'false',
    },
    stdio: ['ignore', output, output],
  });
  fs.closeSync(output);
  cleanups.add('stop the CMS', () => stopChild(child));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The CMS stopped while starting:\n${tail(log)}`);
    // Refused connections are expected until Strapi listens; anything but 204 means it is not ready yet.
    const health = await fetch(`${url}/_health`).catch(() => null);
    if (health?.status === 204 && child.pid !== undefined) return { url, pid: child.pid };
    await delay(250);
  }
  throw new Error(`The CMS did not answer /_health within ${BOOT_TIMEOUT_MS / 1000} s:\n${tail(log)}`);
}
