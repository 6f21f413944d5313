import { currentStage, requiredToPublish, type Mover, type Stage } from './stages';

/**
 * What readers see of an article's draft, as compared before and after a save: an approval covers these, so changing
 * one after approval sends the article back for review. Pure: the glue reads the snapshots.
 */
export interface VisibleDraft {
  title: string | null;
  deck: string | null;
  body: string | null;
  kicker: number | null;
  category: { id: number; slug: string } | null;
  /** The lead image's file and fields, as one comparable string (null: none). */
  leadImage: string | null;
}

export const VISIBLE_FIELDS = ['title', 'deck', 'body', 'leadImage', 'kicker', 'category'] as const;
export type VisibleField = (typeof VISIBLE_FIELDS)[number];

/** The reader-visible fields a save changed. */
export function visibleChanges(before: VisibleDraft, after: VisibleDraft): VisibleField[] {
  return VISIBLE_FIELDS.filter((field) =>
    field === 'category' ? (before.category?.id ?? null) !== (after.category?.id ?? null) : (before[field] ?? null) !== (after[field] ?? null),
  );
}

/** The stage an approved article goes back to when its visible content changes (the one before approval); null when it is not approved. */
export function lapsedStage(stages: readonly Stage[], stored: string | null | undefined): Stage | null {
  const required = requiredToPublish(stages);
  if (currentStage(stages, stored).id !== required.id) return null;
  return stages[stages.indexOf(required) - 1] ?? null;
}

export const lapseNote = (changes: readonly VisibleField[]): string => `Changed after approval (${changes.join(', ')}): back for review.`;

/**
 * Whether a section editor may move an article from one category to another: filing an uncategorised article is free,
 * but taking one out of a section needs rights in that section and in the one it goes to, so no one approves a story
 * they brought into their own section from another desk.
 */
export function mayMoveCategory(mover: Pick<Mover, 'everySection' | 'sections'>, from: string | null, to: string | null): boolean {
  if (from === to || from === null || mover.everySection) return true;
  return mover.sections.includes(from) && (to === null || mover.sections.includes(to));
}
