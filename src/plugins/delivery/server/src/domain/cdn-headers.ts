/**
 * The headers a CDN or Varnish reads to keep a public answer and to find it again when something it shows changes:
 * the answer's dependency tags as surrogate keys (Fastly `Surrogate-Key`, Varnish's xkey vmod `xkey`, Cloudflare
 * `Cache-Tag`) and how long the CDN may keep it (`Surrogate-Control`, mirrored as `s-maxage`). The purgers send the
 * same encoded keys (purge-keys.ts), so what a write purges is what the answers were tagged with.
 */
export const TAG_HEADERS = ['Surrogate-Key', 'xkey', 'Cache-Tag'] as const;
export type TagHeader = (typeof TAG_HEADERS)[number];

export interface CdnHeaderSettings {
  /** Which headers carry the tags; none sends no tags. */
  tagHeaders: readonly TagHeader[];
  /** Seconds a CDN may keep an answer (it is purged on writes); 0 sends no Surrogate-Control. */
  maxAge: number;
  /** The longest tag header sent (Varnish reads at most 8 KB per header line, Fastly and Cloudflare 16 KB in all). */
  maxTagHeaderBytes: number;
}

/** Every tagged answer also carries this key, so "drop everything" (cache.clear()) is one purge. */
export const ALL_KEY = 'all';

// Doc tags of one type that do not fit are folded into this many buckets by a hash of the documentId.
const BUCKETS = 16;

/**
 * A tag as a key any CDN takes: Surrogate-Key and xkey split on spaces, Cache-Tag and xkey on commas, and some CDNs
 * refuse anything but printable ASCII; so every other character is percent-encoded (documentIds never need it).
 */
export function encodeTag(tag: string): string {
  return tag.replace(/[^A-Za-z0-9:._~-]/g, (character) => encodeURIComponent(character));
}

/** `doc:<uid>:<documentId>` split in its type and id, or null for another kind of tag. */
function docParts(tag: string): { uid: string; documentId: string } | null {
  if (!tag.startsWith('doc:')) return null;
  const last = tag.lastIndexOf(':');
  return last > 4 ? { uid: tag.slice(4, last), documentId: tag.slice(last + 1) } : null;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash;
}

/**
 * The coarser key a doc tag falls back to when an answer names too many documents to list: one of 16 buckets of its
 * type. Purges send it beside the doc tag, so a folded answer still goes when any document in its buckets changes.
 */
export function bucketTag(tag: string): string | null {
  const parts = docParts(tag);
  return parts ? `docs:${parts.uid}:${fnv1a(parts.documentId) % BUCKETS}` : null;
}

const joinedLength = (keys: Iterable<string>): number => [...keys].reduce((sum, key) => sum + key.length + 1, -1);

/**
 * The keys an answer is tagged with, within `maxBytes` joined: every tag, or, when they do not fit, the doc tags of
 * the types naming the most documents folded into their buckets, one type at a time; null when even that does not fit
 * (the CDN is then not asked to keep the answer).
 */
export function answerKeys(tags: readonly string[], maxBytes: number): string[] | null {
  const keys = new Set([ALL_KEY, ...tags.map(encodeTag)]);
  if (joinedLength(keys) <= maxBytes) return [...keys];
  const docsByType = new Map<string, string[]>();
  for (const tag of tags) {
    const parts = docParts(tag);
    if (parts) docsByType.set(parts.uid, [...(docsByType.get(parts.uid) ?? []), tag]);
  }
  const widest = [...docsByType.entries()].sort((a, b) => b[1].length - a[1].length);
  for (const [, docs] of widest) {
    for (const tag of docs) {
      keys.delete(encodeTag(tag));
      keys.add(encodeTag(bucketTag(tag) as string));
    }
    if (joinedLength(keys) <= maxBytes) return [...keys];
  }
  return null;
}

/**
 * The CDN headers of a public answer showing what `tags` name: none when no tag header is configured, and none when
 * the tags would not fit in one (a CDN that could not be told to drop the answer is not asked to keep it either).
 */
export function cdnHeaders(tags: readonly string[], settings: CdnHeaderSettings): Record<string, string> {
  if (settings.tagHeaders.length === 0) return {};
  const keys = answerKeys(tags, settings.maxTagHeaderBytes);
  if (!keys) return {};
  const headers: Record<string, string> = {};
  for (const name of settings.tagHeaders) headers[name] = keys.join(name === 'Cache-Tag' ? ',' : ' ');
  if (settings.maxAge > 0) headers['Surrogate-Control'] = `max-age=${settings.maxAge}`;
  return headers;
}

/**
 * A public answer's Cache-Control with the CDN's lifetime added as `s-maxage` when the answer carries a
 * Surrogate-Control (browsers ignore s-maxage; shared caches that do not read Surrogate-Control take it).
 */
export function withSharedMaxAge(cacheControl: string, surrogateControl: string | undefined): string {
  const maxAge = surrogateControl ? /(?:^|[\s,])max-age=(\d+)/.exec(surrogateControl)?.[1] : undefined;
  return maxAge ? `${cacheControl}, s-maxage=${maxAge}` : cacheControl;
}
