/**
 * The dashboard's desk: which articles an editor's home page lists. Pure: no Strapi import.
 */
import type { Stage } from './stages';

/** How many articles a dashboard widget lists: a glance, with the full lists one click away. */
export const DESK_LIMIT = 8;

/**
 * Stages where an article waits on an editor: every stage after the first (where a reporter writes) and before the
 * last (published). With the default stages, "in review" and "approved".
 */
export function waitingStages(stages: readonly Stage[]): string[] {
  return stages.slice(1, -1).map((stage) => stage.id);
}

/** Stages of an article still being worked on: every stage but the last (published). */
export function unpublishedStages(stages: readonly Stage[]): string[] {
  return stages.slice(0, -1).map((stage) => stage.id);
}

/** Whose sections "In my sections" lists: every section for one who edits them all, else the sections they edit. */
export type SectionScope = { every: true } | { every: false; slugs: string[] };

/** The query-layer filter on an article's category for a scope, or null when the scope holds no section at all. */
export function sectionFilter(scope: SectionScope): Record<string, unknown> | null {
  if (scope.every) return {};
  if (scope.slugs.length === 0) return null;
  return { category: { slug: { $in: scope.slugs } } };
}

/** A stage's label for a row, falling back to its id for a stage no longer configured. */
export function stageLabel(stages: readonly Stage[], id: string | null): string | null {
  if (id === null) return null;
  return stages.find((stage) => stage.id === id)?.label ?? id;
}
