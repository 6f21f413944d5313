import { mergeKeys } from './purge-keys';

export interface PurgeQueueOptions {
  /** Sends one purge of these keys to the target; rejects when the target did not take it. */
  send: (keys: string[]) => Promise<void>;
  /** Waits before each retry, in order; when they are used up the keys are given up. */
  delaysMs: readonly number[];
  wait: (ms: number) => Promise<void>;
  /** Called once per batch given up, with the keys that were never purged and the last error. */
  giveUp: (keys: string[], error: Error) => void;
}

/**
 * Purges to one target (a Varnish, a webhook), one request at a time. Keys arriving while a purge is in flight wait
 * and go together in the next one; a purge that fails is retried after each delay with whatever arrived meanwhile,
 * then given up. `enqueue` resolves once its keys were purged or given up, never rejects: a purge is the CDN's
 * freshness, not the save's success.
 */
export class PurgeQueue {
  private waiting = new Set<string>();
  private waiters: (() => void)[] = [];
  private running = false;
  private closed = false;

  constructor(private readonly options: PurgeQueueOptions) {}

  get busy(): boolean {
    return this.running;
  }

  enqueue(keys: readonly string[]): Promise<void> {
    if (keys.length === 0 || this.closed) return Promise.resolve();
    this.waiting = mergeKeys(this.waiting, keys);
    const done = new Promise<void>((resolve) => this.waiters.push(resolve));
    if (!this.running) void this.run();
    return done;
  }

  /** Stops retrying (the server is stopping): what is waiting is let go without a purge. */
  close(): void {
    this.closed = true;
  }

  private take(): { keys: Set<string>; waiters: (() => void)[] } {
    const taken = { keys: this.waiting, waiters: this.waiters };
    this.waiting = new Set();
    this.waiters = [];
    return taken;
  }

  private async run(): Promise<void> {
    this.running = true;
    while (this.waiting.size > 0) {
      const batch = this.take();
      await this.deliver(batch);
      for (const resolve of batch.waiters) resolve();
    }
    this.running = false;
  }

  private async deliver(batch: { keys: Set<string>; waiters: (() => void)[] }): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.options.send([...batch.keys]);
        return;
      } catch (error) {
        if (this.closed) return;
        const delay = this.options.delaysMs[attempt];
        if (delay === undefined) return this.options.giveUp([...batch.keys], error as Error);
        await this.options.wait(delay);
        if (this.closed) return;
        // Keys that came in while this one waited ride along on the retry.
        const more = this.take();
        batch.keys = mergeKeys(batch.keys, more.keys);
        batch.waiters.push(...more.waiters);
      }
    }
  }
}
