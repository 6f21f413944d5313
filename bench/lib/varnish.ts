import { execFile, spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { setTimeout as delay } from 'timers/promises';
import { promisify } from 'util';
import { APP } from './paths';
import { stopChild } from './processes';

export const VARNISHD = process.env.VARNISHD_PATH || '/usr/sbin/varnishd';
const VARNISHSTAT = path.join(path.dirname(VARNISHD).replace(/sbin$/, 'bin'), 'varnishstat');
export const VCL = path.join(APP, 'deploy', 'varnish', 'default.vcl');
const READY_TIMEOUT_MS = 30_000;
// The backend the shipped VCL names; a test or bench points it at its own CMS.
const SHIPPED_BACKEND = /\.host = "127\.0\.0\.1";\s*\n\s*\.port = "1337";/;

export interface RunningVarnish {
  origin: string;
  /** Requests Varnish sent to the CMS so far (varnishstat's MAIN.backend_req): a hit adds none. */
  backendRequests(): Promise<number>;
  /** Stops varnishd (as an outage would, for a test of purges that fail) and removes its working directory. */
  stop(): Promise<void>;
}

/**
 * Starts varnishd in the foreground with deploy/varnish/default.vcl, its backend pointed at `backendPort` on loopback,
 * listening on 127.0.0.1:`port`, with a working directory of its own under the system's temporary directory. Answers
 * once Varnish takes requests (a PURGE without keys is answered 400 by the VCL itself, without the backend).
 */
export async function startVarnish({ port, backendPort }: { port: number; backendPort: number }): Promise<RunningVarnish> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-varnish-'));
  const shipped = fs.readFileSync(VCL, 'utf8');
  if (!SHIPPED_BACKEND.test(shipped)) throw new Error(`${VCL} no longer names its backend as 127.0.0.1:1337; update bench/lib/varnish.ts.`);
  const vcl = path.join(dir, 'default.vcl');
  fs.writeFileSync(vcl, shipped.replace(SHIPPED_BACKEND, `.host = "127.0.0.1";\n    .port = "${backendPort}";`));
  const workDir = path.join(dir, 'work');
  // -j none: as root, Varnish's default jail would run its workers as another user, who could not read this directory.
  const child = spawn(
    VARNISHD,
    ['-F', '-j', 'none', '-n', workDir, '-a', `127.0.0.1:${port}`, '-f', vcl, '-s', 'malloc,256m', '-T', 'none', '-p', 'backend_idle_timeout=4'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`varnishd stopped while starting:\n${output}`);
    }
    const answer = await fetch(origin, { method: 'PURGE' }).catch(() => null);
    if (answer?.status === 400) {
      return {
        origin,
        stop,
        async backendRequests() {
          const { stdout } = await promisify(execFile)(VARNISHSTAT, ['-n', workDir, '-1', '-f', 'MAIN.backend_req']);
          return Number(/MAIN\.backend_req\s+(\d+)/.exec(stdout)?.[1] ?? Number.NaN);
        },
      };
    }
    await delay(200);
  }
  await stop();
  throw new Error(`varnishd did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${output}`);
}
