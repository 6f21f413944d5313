/**
 * A kicker's life: proposed by a reporter, approved by an editor, retired when the series ends or is merged away.
 * A table of the moves and one predicate, as for editorial stages. Pure: no Strapi import.
 */

export const KICKER_STATES = ['proposed', 'approved', 'retired'] as const;

export type KickerState = (typeof KICKER_STATES)[number];

const MOVES: ReadonlyArray<{ from: KickerState; to: KickerState }> = [
  { from: 'proposed', to: 'approved' },
  { from: 'proposed', to: 'retired' },
  { from: 'approved', to: 'retired' },
  // A series can come back, e.g. an annual election kicker.
  { from: 'retired', to: 'approved' },
];

export const KICKER_MESSAGES = {
  noSuchMove: (from: KickerState, to: KickerState) => `A ${from} kicker cannot become ${to}.`,
  notApproved: (label: string, state: KickerState) =>
    `The kicker "${label}" is ${state}, not approved: an editor who approves kickers must approve it before this article is published.`,
  mergeIntoItself: 'A kicker cannot be merged into itself.',
  mergeIntoRetired: (label: string) => `"${label}" is retired: merge into a kicker that is in use.`,
  slugTaken: (label: string) => `That label is the kicker "${label}" already: merge the two kickers instead.`,
} as const;

export const isKickerState = (value: unknown): value is KickerState => KICKER_STATES.includes(value as KickerState);

export function kickerMoveAllowed(from: KickerState, to: KickerState): boolean {
  return MOVES.some((move) => move.from === from && move.to === to);
}

/** Whether an article may be published under this kicker (none at all is fine); the reason when it may not. */
export function kickerPublishProblem(kicker: { label: string; state: KickerState } | null | undefined): string | null {
  if (!kicker || kicker.state === 'approved') return null;
  return KICKER_MESSAGES.notApproved(kicker.label, kicker.state);
}
