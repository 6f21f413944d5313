/** Addresses remembered as never kept (a route the cache does not serve), so nobody waits on them. */
const NOT_KEPT_REMEMBERED = 4096;

/**
 * The reads under way that will fill the cache, by key, so that concurrent misses of one address make one database
 * read: the first reader makes the answer, the others wait for it and are answered from the cache (or, after a write,
 * are given the previous answer meanwhile). A burst of readers of a page a write has just dropped then costs one
 * read, not one each.
 *
 * An address whose answer is never kept (a route the cache does not serve, a made-up parameter) is remembered as
 * such, so its concurrent readers go their own way at once instead of one after the other.
 */
export class Refreshes {
  private readonly running = new Map<string, Promise<void>>();
  private readonly notKept = new Set<string>();

  /** The read under way for this address whose answer the others may wait for, if any. */
  underway(key: string): Promise<void> | undefined {
    return this.notKept.has(key) ? undefined : this.running.get(key);
  }

  /** This read makes the address's next answer; call the result with whether the answer was offered to the cache. */
  lead(key: string): (offered: boolean) => void {
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    this.running.set(key, done);
    return (offered) => {
      if (this.running.get(key) === done) this.running.delete(key);
      this.remember(key, offered);
      finish();
    };
  }

  get size(): number {
    return this.running.size;
  }

  private remember(key: string, offered: boolean): void {
    this.notKept.delete(key);
    if (offered) return;
    this.notKept.add(key);
    if (this.notKept.size > NOT_KEPT_REMEMBERED) this.notKept.delete(this.notKept.values().next().value as string);
  }
}
