import { AsyncLocalStorage } from 'async_hooks';

const note = new AsyncLocalStorage<string>();

/**
 * Publishes with a note for the stage history: the move to "published" a publish makes says why it happened (the
 * scheduler's "Published on schedule, due …"), as one history entry rather than a move and a note beside it.
 */
export function withPublishNote<T>(text: string, work: () => Promise<T>): Promise<T> {
  return note.run(text, work);
}

/** The note of the publish being made, if its caller gave one. */
export const publishNote = (): string | null => note.getStore() ?? null;
