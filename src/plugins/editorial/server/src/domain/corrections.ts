import type { Finding } from '#domain/finding';

/**
 * A story's corrections log: ordered, oldest first, and append-only once published. Readers were told what a
 * published entry says, so it is never removed, reworded or moved; an entry not yet published may still be fixed or
 * dropped. The server stamps each entry's key, date and author: the key is the entry's identity, because Strapi
 * copies components into new rows (new ids) on every publish. An entry is on the record from the first publish that
 * takes it out (`firstPublished`), so unpublishing the story does not make it removable. Pure: the pipeline steps read
 * and write the rows.
 */

export const CORRECTION_KINDS = ['correction', 'clarification', 'update'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const CORRECTION_TEXT_LIMIT = 2000;

/** An entry as stored. */
export interface CorrectionEntry {
  key: string;
  kind: CorrectionKind;
  text: string;
  /** When it was made, ISO 8601. */
  date: string;
  /** Who made it, as the stage history names people; private. */
  madeBy: string | null;
  /** When a publish of the story first took it out to readers; null until then. */
  firstPublished: string | null;
}

/** An entry as a caller sent it: anything may be missing; what the server stamps is ignored. */
export type SentEntry = Record<string, unknown>;

export type CorrectionFinding = Finding<'correction-removed' | 'correction-moved' | 'correction-rewritten' | 'correction-invalid'>;

export const CORRECTION_MESSAGES = {
  removed: (entry: CorrectionEntry) =>
    `The published ${entry.kind} of ${entry.date.slice(0, 10)} cannot be removed: a published correction stays on the record (send it back with its key).`,
  moved: 'A published correction keeps its place in the log: new entries go after it.',
  rewritten: (field: string) => `A published correction cannot be rewritten (${field}): add a new entry that says what changed.`,
  kind: `A correction is one of: ${CORRECTION_KINDS.join(', ')}.`,
  text: `A correction needs the text readers see, at most ${CORRECTION_TEXT_LIMIT} characters.`,
} as const;

export interface Stamp {
  /** Now, ISO 8601. */
  now: string;
  madeBy: string | null;
  newKey: () => string;
  /**
   * The save is the server's own (in-process code, the importer, not a request): a new entry keeps the date and author
   * it brings, so a post's old correction note keeps the date the note gives.
   */
  ownSave?: boolean;
}

export interface Reconciled {
  /** The log to store: what was sent, with every entry's key, date and author from the server. */
  entries: Array<SentEntry & CorrectionEntry>;
  findings: CorrectionFinding[];
}

export const isCorrectionKind = (value: unknown): value is CorrectionKind => (CORRECTION_KINDS as readonly unknown[]).includes(value);

const keyOf = (entry: SentEntry): string | null => (typeof entry.key === 'string' && entry.key !== '' ? entry.key : null);

const path = (index: number, field?: string): Array<string | number> => (field ? ['corrections', index, field] : ['corrections', index]);

/** What is wrong with a sent entry's own fields (a kind outside the list, no text). */
function shapeFindings(entry: SentEntry, index: number): CorrectionFinding[] {
  const findings: CorrectionFinding[] = [];
  if (!isCorrectionKind(entry.kind)) findings.push({ code: 'correction-invalid', path: path(index, 'kind'), message: CORRECTION_MESSAGES.kind });
  const text = typeof entry.text === 'string' ? entry.text.trim() : '';
  if (text === '' || text.length > CORRECTION_TEXT_LIMIT)
    findings.push({ code: 'correction-invalid', path: path(index, 'text'), message: CORRECTION_MESSAGES.text });
  return findings;
}

/** Each published entry must come back, at its place, as it was published. */
function publishedFindings(sent: readonly SentEntry[], published: readonly CorrectionEntry[]): CorrectionFinding[] {
  const findings: CorrectionFinding[] = [];
  // Counted among the entries that came back, so one removal is reported once, not as every later entry moving.
  let place = 0;
  for (const entry of published) {
    const index = sent.findIndex((candidate) => keyOf(candidate) === entry.key);
    if (index === -1) {
      findings.push({ code: 'correction-removed', path: ['corrections'], message: CORRECTION_MESSAGES.removed(entry) });
      continue;
    }
    if (index !== place++) findings.push({ code: 'correction-moved', path: path(index), message: CORRECTION_MESSAGES.moved });
    for (const field of ['kind', 'text'] as const) {
      if (sent[index][field] !== entry[field])
        findings.push({ code: 'correction-rewritten', path: path(index, field), message: CORRECTION_MESSAGES.rewritten(field) });
    }
  }
  return findings;
}

const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** A new entry's date and author: the server's, unless the save is its own and brings them. */
function stampOf(entry: SentEntry, stamp: Stamp): Pick<CorrectionEntry, 'date' | 'madeBy'> {
  if (!stamp.ownSave) return { date: stamp.now, madeBy: stamp.madeBy };
  return {
    date: isInstant(entry.date) ? new Date(entry.date).toISOString() : stamp.now,
    madeBy: typeof entry.madeBy === 'string' ? entry.madeBy : stamp.madeBy,
  };
}

/**
 * The log to store for a save that sends `sent`, given the entries stored so far (draft and published versions) and
 * the published ones: entries the server knows by key keep their key, date and author; any other is new and stamped
 * now. Findings name each entry and field that breaks the rules; the log is only to be stored when there are none.
 */
export function reconcileCorrections(
  sent: readonly SentEntry[],
  stored: readonly CorrectionEntry[],
  published: readonly CorrectionEntry[],
  stamp: Stamp,
): Reconciled {
  const known = new Map([...stored, ...published].map((entry) => [entry.key, entry]));
  const claimed = new Set<string>();
  const entries = sent.map((entry) => {
    const key = keyOf(entry);
    // A key sent twice names its entry once; the second copy is a new entry.
    const was = key && !claimed.has(key) ? known.get(key) : undefined;
    if (was) claimed.add(was.key);
    const kind = entry.kind as CorrectionKind;
    const text = typeof entry.text === 'string' ? entry.text.trim() : '';
    return was
      ? { ...entry, kind, text, key: was.key, date: was.date, madeBy: was.madeBy, firstPublished: was.firstPublished }
      : { ...entry, kind, text, key: stamp.newKey(), ...stampOf(entry, stamp), firstPublished: null };
  });
  const findings = [...sent.flatMap(shapeFindings), ...publishedFindings(entries, published)];
  return { entries, findings };
}

/**
 * The entries on the record: the published version's, then any other that a publish once took out (the story was
 * unpublished since, or its draft holds them after a publish): no save removes, rewords or moves these.
 */
export function onRecord(published: readonly CorrectionEntry[], stored: readonly CorrectionEntry[]): CorrectionEntry[] {
  const keys = new Set(published.map((entry) => entry.key));
  return [...published, ...stored.filter((entry) => entry.firstPublished !== null && !keys.has(entry.key))];
}

/** How a correction reads in the stage history. */
export const correctionNote = (kind: CorrectionKind, text: string): string => {
  const label = kind.charAt(0).toUpperCase() + kind.slice(1);
  const quoted = text.length > 200 ? `${text.slice(0, 199)}…` : text;
  return `${label} published: "${quoted}"`;
};
