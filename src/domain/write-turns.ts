/**
 * Writes taking turns: at most `capacity` at once, the others waiting in arrival order. A save is dear (its pipeline,
 * Strapi's own write, the derived rows) and a cached read is nearly free, yet both share one event loop; letting every
 * editor's save run at once only makes each of them, and every reader waiting behind their work, slower. Waiting
 * writes cost nothing, so readers are answered between the few that run.
 */
export class WriteTurns {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error('Writes at once must be a whole number of at least 1.');
  }

  /** Resolves when this write may run, with the function that ends its turn (call it once, whatever happened). */
  async enter(): Promise<() => void> {
    if (this.running < this.capacity) this.running += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.waiting.shift();
      // The turn passes straight to the next writer, so `running` stays as it is.
      if (next) next();
      else this.running -= 1;
    };
  }

  get state(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
// What editors and integrations save through: the Content API, the Content Manager, the media library and the
// newsroom plugins' admin routes. Signing in is not a save: it may wait on Redis, and must not make saves wait on it.
const SAVING_PREFIXES = ['/api/', '/content-manager/', '/upload', '/editorial/', '/sourcing/', '/image-policy/', '/house-style/'];
const SIGN_IN_PREFIXES = ['/api/auth/', '/api/connect/'];

/** Whether a request is a save that takes its turn: a write to what the newsroom publishes, not a sign-in. */
export function takesTurn(method: string, path: string): boolean {
  if (READS.has(method.toUpperCase())) return false;
  const lower = path.toLowerCase();
  if (SIGN_IN_PREFIXES.some((prefix) => lower.startsWith(prefix))) return false;
  return SAVING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
