import { spawn, type ChildProcess } from 'child_process';
import path from 'path';

export interface SecondInstance {
  child: ChildProcess;
  origin: string;
  /** The end of what it wrote to stderr, to show when it misbehaves. */
  errors(): string;
  /** Stops it with SIGTERM, as a deployment would, and waits for it to exit. */
  stop(): Promise<void>;
  /** Kills it with SIGKILL, as a crash or a pulled plug would, and waits for it to exit. */
  kill(): Promise<void>;
}

/** Starts another Strapi (tests/helpers/second-instance.js) with the given environment; answers once it serves. */
export function startSecondInstance(env: NodeJS.ProcessEnv = process.env): Promise<SecondInstance> {
  const child = spawn(process.execPath, [path.join(__dirname, 'second-instance.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const end = (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    return exited;
  };
  const stop = () => end('SIGTERM');
  const kill = () => end('SIGKILL');
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ child, origin: `http://127.0.0.1:${port}`, errors: () => errors, stop, kill });
    });
    child.once('exit', (code) => reject(new Error(`The second instance exited with ${code}:\n${errors}`)));
  });
}
