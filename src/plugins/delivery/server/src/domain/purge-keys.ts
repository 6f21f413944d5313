import { ALL_KEY, bucketTag, encodeTag } from './cdn-headers';

/**
 * The keys a purge sends for an invalidation the in-process cache made: each tag as the answers carry it, and for each
 * document its bucket (answers that named too many documents carry buckets instead); everything is the `all` key.
 */
export function purgeKeys(invalidation: readonly string[] | 'all'): string[] {
  if (invalidation === 'all') return [ALL_KEY];
  const keys = new Set<string>();
  for (const tag of invalidation) {
    keys.add(encodeTag(tag));
    const bucket = bucketTag(tag);
    if (bucket) keys.add(encodeTag(bucket));
  }
  return [...keys];
}

/** Keys to send in one purge, merged with those waiting: `all` makes every other key redundant. */
export function mergeKeys(waiting: Iterable<string>, added: Iterable<string>): Set<string> {
  const merged = new Set([...waiting, ...added]);
  return merged.has(ALL_KEY) ? new Set([ALL_KEY]) : merged;
}

/**
 * Keys in requests of at most `maxBytes` each (joined with one separator byte), in order: an xkey purge header is
 * read whole by Varnish (8 KB per header line by default), a webhook may have its own limit.
 */
export function chunkKeys(keys: readonly string[], maxBytes: number): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const key of keys) {
    const cost = key.length + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && size + cost > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    size += current.length > 0 ? key.length + 1 : key.length;
    current.push(key);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Waits between attempts: doubling from `firstMs`, at most `maxMs`, `attempts - 1` of them. */
export function backoffDelays(attempts: number, firstMs: number, maxMs: number): number[] {
  return Array.from({ length: Math.max(0, attempts - 1) }, (_, index) => Math.min(maxMs, firstMs * 2 ** index));
}
