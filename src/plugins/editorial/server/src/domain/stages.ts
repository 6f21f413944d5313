/**
 * Editorial stages: an ordered list (draft → in review → approved → published by default), a table of the moves
 * between them, and one predicate that says whether someone may make a move. Pure: no Strapi import.
 */

import { z } from 'zod';

export const STAGE_NOTE_LIMIT = 1000;

/** A stage change's note, as the stage control sends it: optional, text, at most 1,000 characters, stored trimmed. */
export const stageNote = z
  .string({ error: 'The note is text.' })
  .max(STAGE_NOTE_LIMIT, `A note is at most ${STAGE_NOTE_LIMIT} characters.`)
  .nullish()
  .transform((note) => note?.trim() || null);

export interface Stage {
  id: string;
  label: string;
  /** Moving an article into this stage is limited to the editors of its section, unless one edits every section. */
  scoped: boolean;
}

export const DEFAULT_STAGES: readonly Stage[] = [
  { id: 'draft', label: 'Draft', scoped: true },
  { id: 'in-review', label: 'In review', scoped: false },
  { id: 'approved', label: 'Approved', scoped: true },
  { id: 'published', label: 'Published', scoped: true },
];

/** How a move is made: by the stage control, or by publishing and unpublishing (the last stage is "published"). */
export type MoveKind = 'forward' | 'back' | 'publish' | 'unpublish';

export interface Move {
  from: string;
  to: string;
  kind: MoveKind;
}

export const STAGE_MESSAGES = {
  unknownStage: (id: string) => `There is no stage "${id}".`,
  sameStage: (label: string) => `The article is already ${label}.`,
  noSuchMove: (from: string, to: string) => `An article cannot go from ${from} to ${to}: stages move one step forward, or back.`,
  byPublishing: (label: string) => `An article becomes ${label} by publishing it, and leaves it by unpublishing.`,
  notPermitted: (label: string) => `Your role may not move articles to ${label}.`,
  outsideSections: (label: string) => `You may move articles to ${label} only in the sections you edit.`,
  notReady: (required: string) => `This article is not ${required} yet: an article is published only once it is ${required}.`,
} as const;

const STAGE_ID = /^[a-z][a-z0-9-]{0,39}$/;

/** Checks a configured stage list; returns what is wrong with it, or null. */
export function stagesProblem(stages: unknown): string | null {
  if (!Array.isArray(stages) || stages.length < 2) return 'stages must list at least two stages, the last one being "published".';
  const ids = new Set<string>();
  for (const stage of stages as Array<Partial<Stage>>) {
    if (typeof stage?.id !== 'string' || !STAGE_ID.test(stage.id)) return `stage ids are lower-case words joined by hyphens; "${String(stage?.id)}" is not.`;
    if (typeof stage.label !== 'string' || !stage.label.trim()) return `stage "${stage.id}" needs a label.`;
    if (stage.scoped !== undefined && typeof stage.scoped !== 'boolean') return `stage "${stage.id}": scoped must be true or false.`;
    if (ids.has(stage.id)) return `stage "${stage.id}" is listed twice.`;
    ids.add(stage.id);
  }
  return null;
}

export const stageAction = (stageId: string): string => `plugin::editorial.stage.${stageId}`;
export const publishedStage = (stages: readonly Stage[]): Stage => stages[stages.length - 1];
/** The stage an article must reach before it may be published: the one before "published". */
export const requiredToPublish = (stages: readonly Stage[]): Stage => stages[stages.length - 2];

/** The stage an article is in; an article saved before stages existed, or under a removed stage, is in the first. */
export function currentStage(stages: readonly Stage[], stored: string | null | undefined): Stage {
  return stages.find((stage) => stage.id === stored) ?? stages[0];
}

/** Every allowed move: one step forward, back to any earlier stage, and into and out of the last by (un)publishing. */
export function transitionTable(stages: readonly Stage[]): Move[] {
  const last = stages.length - 1;
  const moves: Move[] = [];
  stages.forEach((from, index) => {
    if (index === last) {
      moves.push({ from: from.id, to: stages[last - 1].id, kind: 'unpublish' });
      return;
    }
    moves.push({ from: from.id, to: stages[index + 1].id, kind: index + 1 === last ? 'publish' : 'forward' });
    for (const earlier of stages.slice(0, index)) moves.push({ from: from.id, to: earlier.id, kind: 'back' });
  });
  return moves;
}

/** Who is moving the article, and the article's section. */
export interface Mover {
  /** Whether the person holds an admin permission, e.g. `plugin::editorial.stage.approved`. */
  holds(action: string): boolean;
  everySection: boolean;
  /** Slugs of the categories the person edits. */
  sections: readonly string[];
}

export type Verdict = { ok: true; move: Move } | { ok: false; reason: 'invalid' | 'forbidden'; message: string };

/** The one predicate: may `mover` move an article of section `category` from stage `from` to stage `to`? */
export function judgeMove(stages: readonly Stage[], request: { from: string; to: string; mover: Mover; category: string | null }): Verdict {
  const from = currentStage(stages, request.from);
  const to = stages.find((stage) => stage.id === request.to);
  if (!to) return { ok: false, reason: 'invalid', message: STAGE_MESSAGES.unknownStage(request.to) };
  if (to.id === from.id) return { ok: false, reason: 'invalid', message: STAGE_MESSAGES.sameStage(to.label) };
  const move = transitionTable(stages).find((candidate) => candidate.from === from.id && candidate.to === to.id);
  if (!move) return { ok: false, reason: 'invalid', message: STAGE_MESSAGES.noSuchMove(from.label, to.label) };
  if (move.kind === 'publish' || move.kind === 'unpublish') {
    return { ok: false, reason: 'invalid', message: STAGE_MESSAGES.byPublishing(publishedStage(stages).label) };
  }
  if (!request.mover.holds(stageAction(to.id))) return { ok: false, reason: 'forbidden', message: STAGE_MESSAGES.notPermitted(to.label) };
  if (!mayWorkIn(stages, to.id, request.mover, request.category)) {
    return { ok: false, reason: 'forbidden', message: STAGE_MESSAGES.outsideSections(to.label) };
  }
  return { ok: true, move };
}

/** Whether the mover's sections cover an article of `category` for a move into `stageId`. */
export function mayWorkIn(stages: readonly Stage[], stageId: string, mover: Pick<Mover, 'everySection' | 'sections'>, category: string | null): boolean {
  const stage = stages.find((candidate) => candidate.id === stageId);
  if (!stage?.scoped || mover.everySection) return true;
  return category !== null && mover.sections.includes(category);
}

/** Whether an article in stage `stored` may be published: it must be approved (or already published, for a correction). */
export function publishVerdict(stages: readonly Stage[], stored: string | null | undefined): { ok: true } | { ok: false; message: string } {
  const stage = currentStage(stages, stored);
  const required = requiredToPublish(stages);
  if (stage.id === required.id || stage.id === publishedStage(stages).id) return { ok: true };
  return { ok: false, message: STAGE_MESSAGES.notReady(required.label.toLowerCase()) };
}
