import { AsyncLocalStorage } from 'async_hooks';

// The content types whose pipelines are running in this async context, outermost first.
const saving = new AsyncLocalStorage<readonly string[]>();

/** Runs `work` as part of a save of `uid`; the rows written on the way can tell whose save they belong to. */
export function withinSave<T>(uid: string, work: () => Promise<T>): Promise<T> {
  return saving.run([...(saving.getStore() ?? []), uid], work);
}

/** The content types being saved around the current code, outermost first; empty outside any save. */
export function savesInProgress(): readonly string[] {
  return saving.getStore() ?? [];
}
