/** A response kept for repeated reads: its bytes as sent, and the documents it was made from. */
export interface CachedResponse {
  body: Buffer;
  etag: string;
  type: string;
  /** Headers sent with it again (see replayableHeaders). */
  headers?: Readonly<Record<string, string>>;
  /** What the response depends on (see dependency-tags); invalidating any of them drops it. */
  tags: readonly string[];
  /** When the response goes stale by itself (a sitemap of the last two days), in ms since the epoch. */
  expiresAt?: number;
}

export interface CacheLimits {
  maxBytes: number;
  maxEntries: number;
}

/** A read in progress: begun before it touched the database, so a write landing meanwhile keeps it out of the cache. */
export interface ReadTicket {
  readonly generation: number;
  ended: boolean;
}

// Keys, tags and bookkeeping cost memory too; counted roughly so many small entries cannot outgrow the bound.
const ENTRY_OVERHEAD = 256;
// Under steady load some read is always open; past this many remembered invalidations, those no open read can
// care about are forgotten.
const PRUNE_AT = 1024;

/**
 * An in-process LRU of responses, invalidated by tag. A response is stored only when nothing it depends on was
 * invalidated after its read began: otherwise a read that fetched a document just before a write committed could put
 * the old version back after the write had cleared it, and serve it until the next write.
 */
export class TaggedCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private readonly invalidatedAt = new Map<string, number>();
  private generation = 0;
  private clearedAt = 0;
  private bytes = 0;
  private openReads = 0;
  /** Open reads by the generation they began in. */
  private readonly openSince = new Map<number, number>();

  constructor(private readonly limits: CacheLimits) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  get(key: string, now = Date.now()): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= now) {
      this.remove(key);
      return undefined;
    }
    if (entry) {
      // Map keeps insertion order: moving a hit to the end makes the first key the least recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  begin(): ReadTicket {
    this.openReads += 1;
    this.openSince.set(this.generation, (this.openSince.get(this.generation) ?? 0) + 1);
    return { generation: this.generation, ended: false };
  }

  end(ticket: ReadTicket): void {
    if (ticket.ended) return;
    ticket.ended = true;
    this.openReads -= 1;
    const open = (this.openSince.get(ticket.generation) ?? 1) - 1;
    if (open === 0) this.openSince.delete(ticket.generation);
    else this.openSince.set(ticket.generation, open);
    // Invalidation times matter only to reads begun before them; with none open, the record can go.
    if (this.openReads === 0) this.invalidatedAt.clear();
    else if (this.invalidatedAt.size > PRUNE_AT) this.forgetInvalidationsBefore(Math.min(...this.openSince.keys()));
  }

  /** Invalidations no later than the oldest open read's start cannot make any open read stale. */
  private forgetInvalidationsBefore(oldestOpen: number): void {
    for (const [tag, generation] of this.invalidatedAt) if (generation <= oldestOpen) this.invalidatedAt.delete(tag);
  }

  /** Keeps the response unless it is too big or went stale while it was read; answers whether it was kept. */
  store(ticket: ReadTicket, key: string, entry: CachedResponse): boolean {
    if (ticket.ended || ticket.generation < this.clearedAt) return false;
    if (entry.tags.some((tag) => (this.invalidatedAt.get(tag) ?? -1) > ticket.generation)) return false;
    const cost = sizeOf(key, entry);
    if (cost > this.limits.maxBytes / 4) return false;
    this.remove(key);
    this.entries.set(key, entry);
    this.bytes += cost;
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag) ?? new Set<string>();
      keys.add(key);
      this.keysByTag.set(tag, keys);
    }
    this.evict();
    return true;
  }

  /** Drops every response that depends on one of the tags; answers how many went. */
  invalidate(tags: Iterable<string>): number {
    this.generation += 1;
    let dropped = 0;
    for (const tag of tags) {
      if (this.openReads > 0) this.invalidatedAt.set(tag, this.generation);
      for (const key of [...(this.keysByTag.get(tag) ?? [])]) dropped += this.remove(key) ? 1 : 0;
    }
    return dropped;
  }

  clear(): void {
    this.generation += 1;
    this.clearedAt = this.generation;
    this.entries.clear();
    this.keysByTag.clear();
    this.bytes = 0;
  }

  private remove(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, entry);
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
    return true;
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.bytes <= this.limits.maxBytes && this.entries.size <= this.limits.maxEntries) return;
      this.remove(key);
    }
  }
}

function sizeOf(key: string, entry: CachedResponse): number {
  return entry.body.length + key.length * 2 + entry.etag.length + ENTRY_OVERHEAD + entry.tags.reduce((sum, tag) => sum + tag.length * 2, 0);
}
