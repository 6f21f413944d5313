import { AsyncLocalStorage } from 'async_hooks';
import type { Memo } from './pipeline';

interface SaveScope {
  /** The content types whose pipelines are running in this async context, outermost first. */
  uids: readonly string[];
  /** A memo a save hands to the save that follows it on the same document (a REST save-and-publish's publish). */
  handedOn?: { key: string; memo: Memo };
}

const scope = new AsyncLocalStorage<SaveScope>();

/** Runs `work` as part of a save of `uid`; the rows written on the way can tell whose save they belong to. */
export function withinSave<T>(uid: string, work: () => Promise<T>): Promise<T> {
  const outer = scope.getStore();
  return scope.run({ uids: [...(outer?.uids ?? []), uid], handedOn: outer?.handedOn }, work);
}

/** The content types being saved around the current code, outermost first; empty outside any save. */
export function savesInProgress(): readonly string[] {
  return scope.getStore()?.uids ?? [];
}

const keyOf = (uid: string, documentId: string): string => `${uid}:${documentId}`;

/** Runs `work` (the next save of this document) with `memo` handed on to it. */
export function handingOn<T>(uid: string, documentId: string, memo: Memo, work: () => Promise<T>): Promise<T> {
  return scope.run({ uids: savesInProgress(), handedOn: { key: keyOf(uid, documentId), memo } }, work);
}

/** The memo handed on to a save of this document, if one was. */
export function handedOnMemo(uid: string, documentId: string | undefined): Memo | undefined {
  const handedOn = scope.getStore()?.handedOn;
  return documentId && handedOn?.key === keyOf(uid, documentId) ? handedOn.memo : undefined;
}
