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
  /** How long after a write a dropped response may still stand in while its refresh runs, in ms; 0 never. */
  staleForMs?: number;
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
  /** Responses a write dropped, by key, with when: the previous answer while one read makes the next. */
  private readonly previous = new Map<string, { entry: CachedResponse; since: number }>();
  private previousBytes = 0;

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
  store(ticket: ReadTicket, key: string, entry: CachedResponse, now = Date.now()): boolean {
    if (ticket.ended || ticket.generation < this.clearedAt) return false;
    if (entry.tags.some((tag) => (this.invalidatedAt.get(tag) ?? -1) > ticket.generation)) {
      // Not kept, but newer than the previous answer standing in: it stands in instead, at most one write behind.
      if (this.previous.has(key)) this.keepPrevious(key, entry, now);
      return false;
    }
    const cost = sizeOf(key, entry);
    if (cost > this.limits.maxBytes / 4) return false;
    this.remove(key);
    this.forgetPrevious(key);
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

  /** Drops every response that depends on one of the tags, keeping each as the previous answer; answers how many went. */
  invalidate(tags: Iterable<string>, now = Date.now()): number {
    this.generation += 1;
    let dropped = 0;
    for (const tag of tags) {
      if (this.openReads > 0) this.invalidatedAt.set(tag, this.generation);
      for (const key of [...(this.keysByTag.get(tag) ?? [])]) {
        const entry = this.entries.get(key);
        if (!entry || !this.remove(key)) continue;
        dropped += 1;
        this.keepPrevious(key, entry, now);
      }
    }
    return dropped;
  }

  /**
   * The answer a write dropped, while it is recent enough to stand in for the one being made (stale-while-revalidate).
   * A response that expires by itself (a news sitemap) has no previous answer: its age is the point.
   */
  previousAnswer(key: string, now = Date.now()): CachedResponse | undefined {
    const kept = this.previous.get(key);
    if (!kept) return undefined;
    if (now - kept.since <= (this.limits.staleForMs ?? 0)) return kept.entry;
    this.forgetPrevious(key);
    return undefined;
  }

  /** A read made the next answer and it was kept, or the page is gone: the previous one may no longer stand in for it. */
  forgetPrevious(key: string): void {
    const kept = this.previous.get(key);
    if (!kept) return;
    this.previous.delete(key);
    this.previousBytes -= sizeOf(key, kept.entry);
  }

  clear(): void {
    this.generation += 1;
    this.clearedAt = this.generation;
    this.entries.clear();
    this.keysByTag.clear();
    this.previous.clear();
    this.bytes = 0;
    this.previousBytes = 0;
  }

  private keepPrevious(key: string, entry: CachedResponse, now: number): void {
    if (!this.limits.staleForMs || entry.expiresAt !== undefined) return;
    this.forgetPrevious(key);
    this.previous.set(key, { entry, since: now });
    this.previousBytes += sizeOf(key, entry);
    // Previous answers are a stand-in, not a second cache: a quarter of the budget, oldest out first.
    for (const oldest of this.previous.keys()) {
      if (this.previousBytes <= this.limits.maxBytes / 4 && this.previous.size <= this.limits.maxEntries) return;
      this.forgetPrevious(oldest);
    }
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
