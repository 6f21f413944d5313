import { createHash } from 'crypto';

/**
 * A bounded memo of pure renderings by their input, least recently used first out. Rendering a body is the dearest
 * part of answering a read the cache does not hold (Markdown, then the allow-list); a write that drops an article's
 * cached page rarely changes its body (an author renamed, a source retitled, a new article in its list), so the next
 * read finds the body's HTML here. The key is a hash of the input, so a long body costs its HTML only.
 */
export class RenderMemo {
  private readonly entries = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** The rendering of `input` (under `variant`: the options that change the output), made once while it stays. */
  render(variant: string, input: string, make: () => string): string {
    const key = createHash('sha1').update(variant).update('\0').update(input).digest('base64url');
    const kept = this.entries.get(key);
    if (kept !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const made = make();
    const cost = made.length * 2 + key.length * 2;
    if (cost > this.maxBytes / 4) return made;
    this.entries.set(key, made);
    this.bytes += cost;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.length * 2 + oldest.length * 2;
    }
    return made;
  }
}
