import { randomUUID } from 'crypto';
import { Client, type ClientConfig, type Notification } from 'pg';

/** Everything a cache must drop: a list of tags, or all of it. */
export type Invalidation = string[] | 'all';

/**
 * How one instance tells the others sharing its database that something they may have cached has changed. `live` is
 * false while this instance might be missing the others' messages; its cache must then stand aside.
 */
export interface InvalidationBus {
  readonly live: boolean;
  publish(invalidation: Invalidation): Promise<void>;
  close(): Promise<void>;
}

/** A lone instance (SQLite, or a bus turned off) has nobody to tell. */
export const lonelyBus: InvalidationBus = { live: true, publish: async () => undefined, close: async () => undefined };

export const CHANNEL = 'provenance_cache';
// NOTIFY payloads are limited to 8,000 bytes; a longer list is sent as "drop everything".
const MAX_PAYLOAD = 7500;
const ECHO_TIMEOUT_MS = 2000;
const RETRY_MS = [100, 250, 500, 1000, 2000, 5000];

interface Message {
  from: string;
  id: string;
  tags: string[] | '*';
}

export interface PostgresBusOptions {
  connection: ClientConfig;
  /** Another instance wrote: drop what it names. */
  onInvalidate: (invalidation: Invalidation) => void;
  /** The listener was away and may have missed messages: drop everything before using the cache again. */
  onResume: () => void;
  /** Sends a notification through the application's own pool while the listener is away. */
  notifyThroughPool: (channel: string, payload: string) => Promise<void>;
  warn: (message: string) => void;
}

/**
 * PostgreSQL LISTEN/NOTIFY on one dedicated connection. A write's notification goes out on that same connection and
 * the bus waits for it to come back: PostgreSQL delivers a notification to every listening session at once, so by
 * then the other instances have it too, and a reader told "published" by one instance finds it on the next.
 */
export class PostgresBus implements InvalidationBus {
  private client: Client | null = null;
  private closed = false;
  private attempt = 0;
  private readonly instance = randomUUID();
  private readonly echoes = new Map<string, () => void>();

  constructor(private readonly options: PostgresBusOptions) {}

  get live(): boolean {
    return this.client !== null;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  async publish(invalidation: Invalidation): Promise<void> {
    const id = randomUUID();
    const tags = invalidation === 'all' ? '*' : invalidation;
    let payload = JSON.stringify({ from: this.instance, id, tags } satisfies Message);
    if (payload.length > MAX_PAYLOAD) payload = JSON.stringify({ from: this.instance, id, tags: '*' } satisfies Message);
    const client = this.client;
    if (!client) return this.options.notifyThroughPool(CHANNEL, payload);
    const echoed = new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.settle(id), ECHO_TIMEOUT_MS);
      this.echoes.set(id, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    try {
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
    } catch {
      this.settle(id);
      return this.options.notifyThroughPool(CHANNEL, payload);
    }
    return echoed;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    for (const id of [...this.echoes.keys()]) this.settle(id);
    await client?.end().catch(() => undefined);
  }

  private settle(id: string): void {
    const resolve = this.echoes.get(id);
    this.echoes.delete(id);
    resolve?.();
  }

  private async connect(): Promise<void> {
    const client = new Client(this.options.connection);
    // Without a listener an 'error' event would end the process; a lost connection is retried instead.
    client.on('error', () => this.lose(client));
    client.on('end', () => this.lose(client));
    client.on('notification', (notification) => this.receive(notification));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.retry(`could not listen for cache invalidations (${(error as Error).message})`);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.attempt = 0;
    this.options.onResume();
    this.client = client;
  }

  private lose(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    for (const id of [...this.echoes.keys()]) this.settle(id);
    this.retry('lost the cache invalidation listener; the cache stands aside until it is back');
  }

  private retry(reason: string): void {
    if (this.closed) return;
    const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)];
    if (this.attempt === 0) this.options.warn(`delivery: ${reason}.`);
    this.attempt += 1;
    setTimeout(() => void this.connect(), delay).unref();
  }

  private receive(notification: Notification): void {
    if (notification.channel !== CHANNEL || !notification.payload) return;
    let message: Message;
    try {
      message = JSON.parse(notification.payload) as Message;
    } catch {
      // Someone else's NOTIFY on our channel: the safe reading of a message we cannot parse is "drop everything".
      this.options.onInvalidate('all');
      return;
    }
    if (message.from === this.instance) return this.settle(message.id);
    this.options.onInvalidate(Array.isArray(message.tags) ? message.tags : 'all');
  }
}
