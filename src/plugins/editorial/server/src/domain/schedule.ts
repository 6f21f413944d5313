/**
 * Scheduled publishing: an article or fact check given a time to go out, published then through the same publish path
 * as the button. What a schedule may be set to, what its firing says in the history, and the Scheduled page's order.
 * Pure: no Strapi import.
 */
import { ARTICLE_UID, FACT_CHECK_UID } from '../../../../../domain/uids';

/** Pending until it fires; then published, or refused by a gate (the document stays a draft); or cancelled before. */
export const SCHEDULE_STATES = ['pending', 'published', 'refused', 'cancelled'] as const;
export type ScheduleState = (typeof SCHEDULE_STATES)[number];

/** The types that can be scheduled, by the name routes and the admin panel use. */
export const SCHEDULED_TYPES = { article: ARTICLE_UID, 'fact-check': FACT_CHECK_UID } as const;
export type ScheduledType = keyof typeof SCHEDULED_TYPES;

export const typeOfUid = (uid: string): ScheduledType | null =>
  (Object.keys(SCHEDULED_TYPES) as ScheduledType[]).find((type) => SCHEDULED_TYPES[type] === uid) ?? null;

export interface Schedule {
  id: number;
  contentType: string;
  documentId: string;
  publishAt: string;
  state: ScheduleState;
  scheduledById: number | null;
  scheduledByName: string | null;
  firedAt: string | null;
  /** What its firing said in the history: when it went out (and how late), or why it was refused. */
  outcome: string | null;
}

/** The furthest ahead a publish time may be set: further is a typo in the year more often than a plan. */
export const MAX_AHEAD_DAYS = 400;
const DAY = 24 * 60 * 60 * 1000;

export const SCHEDULE_MESSAGES = {
  inThePast: 'Pick a publish time in the future; to publish now, use Publish.',
  tooFarAhead: `Pick a publish time within ${MAX_AHEAD_DAYS} days.`,
  notPending: 'This document has no schedule to change: it has already gone out, been refused or been cancelled.',
  changedMeanwhile: 'The schedule fired or was changed meanwhile: reload and try again.',
  noDocument: 'No such draft to schedule.',
  mayNotPublish: 'Your role may not publish this: only someone who may publish it can schedule it.',
  endedBy: {
    published: 'Cancelled: published by hand before its time.',
    deleted: 'Cancelled: deleted before its time.',
  },
  documentGone: 'The document was deleted before its publish time.',
  schedulerGone: 'The editor who scheduled it can no longer publish it (their account is gone, blocked or without the right).',
} as const;

/** Why this publish time cannot be set now, or null when it can. */
export function publishTimeProblem(publishAt: Date, now: Date): string | null {
  if (publishAt.getTime() <= now.getTime()) return SCHEDULE_MESSAGES.inThePast;
  if (publishAt.getTime() - now.getTime() > MAX_AHEAD_DAYS * DAY) return SCHEDULE_MESSAGES.tooFarAhead;
  return null;
}

/** Past this delay a firing is reported as late: two ticks would have fired it, so no instance was there to. */
export const lateAfterMs = (intervalSeconds: number): number => (2 * intervalSeconds + 1) * 1000;

function duration(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 120) return `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  return minutes < 120 ? `${minutes} minutes` : `${Math.round(minutes / 6) / 10} hours`;
}

/**
 * What the history says of a scheduled publish: when it was due, and, when it went out late, why: on the first tick
 * after a start no instance was running at its time; on a later one the instances were busy or the database away.
 */
export function firedNote(publishAt: Date, firedAt: Date, { atBoot, lateAfter }: { atBoot: boolean; lateAfter: number }): string {
  const due = `Published on schedule (due ${publishAt.toISOString()}).`;
  const delay = firedAt.getTime() - publishAt.getTime();
  if (delay <= lateAfter) return due;
  const reason = atBoot ? 'no instance was running at its time, so it went out when the CMS next started' : 'the CMS could not publish it at its time';
  return `${due} ${duration(delay)} late: ${reason}.`;
}

/** What the history says when a gate refused a scheduled publish: the document stays a draft until someone acts. */
export function refusedNote(publishAt: Date, reasons: readonly string[]): string {
  const listed = reasons.length > 0 ? reasons.join(' ') : 'The publish was refused.';
  return `Scheduled publish refused (due ${publishAt.toISOString()}); it stays a draft: ${listed}`.slice(0, 1000);
}

/** What the history says when a schedule is set, changed or cancelled. */
export function scheduledNote(publishAt: Date | null, before: Date | null): string {
  if (!publishAt) return `Schedule cancelled (was ${before?.toISOString() ?? 'unset'}).`;
  return before ? `Rescheduled to ${publishAt.toISOString()} (was ${before.toISOString()}).` : `Scheduled to publish at ${publishAt.toISOString()}.`;
}
