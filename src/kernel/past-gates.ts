import { AsyncLocalStorage } from 'async_hooks';
import type { GateFinding } from '#domain/finding';

export type { GateFinding };

interface Passage {
  key: string;
  findings: GateFinding[];
}

const passage = new AsyncLocalStorage<Passage>();

const keyOf = (uid: string, documentId: string): string => `${uid}:${documentId}`;

/**
 * Publishes one document although its publish gates find something, and answers what they found: the importer's way
 * to keep what an old site already published online while the newsroom reviews it (the gates apply again to the next
 * publish, by an editor). Only the named document passes; any other publish inside `work` meets its gates as usual.
 * Nothing a request can reach opens a passage: only server code calling this function does.
 */
export async function publishingPastGates<T>(uid: string, documentId: string, work: () => Promise<T>): Promise<{ result: T; findings: GateFinding[] }> {
  const current: Passage = { key: keyOf(uid, documentId), findings: [] };
  const result = await passage.run(current, work);
  return { result, findings: current.findings };
}

/**
 * Called by the pipeline runner when a publish's gates found something: true when this publish was let past them,
 * its findings kept for the caller; false when it must be refused.
 */
export function letPastGates(uid: string, documentId: string, findings: readonly GateFinding[]): boolean {
  const current = passage.getStore();
  if (!current || current.key !== keyOf(uid, documentId)) return false;
  current.findings.push(...findings);
  return true;
}
