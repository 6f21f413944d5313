import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { errors } from '@strapi/utils';
import { fieldError } from '#kernel/errors';
import type { Actor } from '../actor';
import { ARTICLE_UID, CONTENT_MANAGER, SCHEDULE_UID } from '../constants';
import {
  publishTimeProblem,
  SCHEDULE_MESSAGES,
  SCHEDULED_TYPES,
  scheduledNote,
  type Schedule,
  type ScheduledType,
  type ScheduleState,
  typeOfUid,
} from '../domain/schedule';
import { getService } from '../utils';

export interface ScheduleEntry extends Schedule {
  type: ScheduledType;
  title: string | null;
}

/** What the edit view's Schedule panel shows: the pending time, the last firing, and whether this user may change it. */
export interface ScheduleView {
  pending: Schedule | null;
  last: Schedule | null;
  may: { allowed: boolean; message: string };
}

const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());

function scheduleOf(row: Record<string, unknown>): Schedule {
  return {
    id: row.id as number,
    contentType: row.contentType as string,
    documentId: row.targetDocumentId as string,
    publishAt: iso(row.publishAt) as string,
    state: row.state as ScheduleState,
    scheduledById: (row.scheduledById as number | null) ?? null,
    scheduledByName: (row.scheduledByName as string | null) ?? null,
    firedAt: iso(row.firedAt),
    outcome: (row.outcome as string | null) ?? null,
  };
}

/** Publish times of articles and fact checks: set, changed and cancelled by editors; fired by the scheduler (scheduler.ts). */
const schedules = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(SCHEDULE_UID);

  async function draftOf(uid: string, documentId: string): Promise<{ category: { slug: string } | null } | null> {
    const populate = uid === ARTICLE_UID ? { category: { select: ['slug'] } } : undefined;
    return (await strapi.db.query(uid as never).findOne({ where: { documentId, publishedAt: null }, select: ['id'], populate })) as {
      category: { slug: string } | null;
    } | null;
  }

  /** Whether the actor may publish this draft now, by the same rules the Publish button meets (stage, section, role). */
  async function mayPublish(uid: string, documentId: string, actor: Actor): Promise<{ allowed: boolean; message: string }> {
    if (uid === ARTICLE_UID) return getService(strapi, 'stages').publishVerdict(documentId, actor);
    return actor.can(CONTENT_MANAGER.publish, uid)
      ? { allowed: true, message: 'Ready to schedule.' }
      : { allowed: false, message: SCHEDULE_MESSAGES.mayNotPublish };
  }

  async function recordInHistory(uid: string, documentId: string, note: string, actor: Actor): Promise<void> {
    if (uid !== ARTICLE_UID) return;
    const stage = (await getService(strapi, 'stages').stageOf(documentId)).id;
    await getService(strapi, 'stages').record(documentId, stage, stage, note, actor);
  }

  async function find(where: Record<string, unknown>): Promise<Schedule | null> {
    const row = (await rows().findOne({ where, orderBy: [{ id: 'desc' }] })) as Record<string, unknown> | null;
    return row ? scheduleOf(row) : null;
  }

  return {
    async view(type: ScheduledType, documentId: string, actor: Actor): Promise<ScheduleView> {
      const uid = SCHEDULED_TYPES[type];
      if (!(await draftOf(uid, documentId))) throw new errors.NotFoundError(SCHEDULE_MESSAGES.noDocument);
      return {
        pending: await find({ contentType: uid, targetDocumentId: documentId, state: 'pending' }),
        last: await find({ contentType: uid, targetDocumentId: documentId, state: { $ne: 'pending' } }),
        may: await mayPublish(uid, documentId, actor),
      };
    },

    /** Sets or changes the draft's publish time; only someone who could publish it now may, and only into the future. */
    async set(type: ScheduledType, documentId: string, publishAt: Date, actor: Actor): Promise<ScheduleView> {
      const uid = SCHEDULED_TYPES[type];
      if (!(await draftOf(uid, documentId))) throw new errors.NotFoundError(SCHEDULE_MESSAGES.noDocument);
      const problem = publishTimeProblem(publishAt, new Date());
      if (problem) throw fieldError('publishAt', problem);
      const may = await mayPublish(uid, documentId, actor);
      if (!may.allowed) throw new errors.PolicyError(may.message);
      await strapi.db.transaction(async () => {
        const pending = await find({ contentType: uid, targetDocumentId: documentId, state: 'pending' });
        const who = { scheduledById: actor.user?.id ?? null, scheduledByName: actor.name };
        if (pending) {
          // Only while still pending: a schedule that fired meanwhile is not moved.
          const { count } = await rows().updateMany({ where: { id: pending.id, state: 'pending' }, data: { publishAt, ...who } });
          if (count === 0) throw fieldError('publishAt', SCHEDULE_MESSAGES.changedMeanwhile);
        } else {
          await rows().create({ data: { documentId: createId(), contentType: uid, targetDocumentId: documentId, publishAt, state: 'pending', ...who } });
        }
        await recordInHistory(uid, documentId, scheduledNote(publishAt, pending ? new Date(pending.publishAt) : null), actor);
      });
      return this.view(type, documentId, actor);
    },

    async cancel(type: ScheduledType, documentId: string, actor: Actor): Promise<ScheduleView> {
      const uid = SCHEDULED_TYPES[type];
      const pending = await find({ contentType: uid, targetDocumentId: documentId, state: 'pending' });
      if (!pending) throw fieldError('publishAt', SCHEDULE_MESSAGES.notPending);
      const may = await mayPublish(uid, documentId, actor);
      if (!may.allowed) throw new errors.PolicyError(may.message);
      await strapi.db.transaction(async () => {
        const { count } = await rows().updateMany({ where: { id: pending.id, state: 'pending' }, data: { state: 'cancelled' } });
        if (count === 0) throw fieldError('publishAt', SCHEDULE_MESSAGES.changedMeanwhile);
        await recordInHistory(uid, documentId, scheduledNote(null, new Date(pending.publishAt)), actor);
      });
      return this.view(type, documentId, actor);
    },

    /** The Scheduled page: what is due, soonest first, and the refusals still standing, of the types the actor reads. */
    async list(actor: Actor): Promise<{ pending: ScheduleEntry[]; refused: ScheduleEntry[] }> {
      const readable = (Object.keys(SCHEDULED_TYPES) as ScheduledType[]).filter((type) => actor.can(CONTENT_MANAGER.read, SCHEDULED_TYPES[type]));
      const contentType = { $in: readable.map((type) => SCHEDULED_TYPES[type]) };
      const pending = (await rows().findMany({ where: { contentType, state: 'pending' }, orderBy: [{ publishAt: 'asc' }, { id: 'asc' }] })) as Array<
        Record<string, unknown>
      >;
      const refused = (await rows().findMany({ where: { contentType, state: 'refused' }, orderBy: [{ firedAt: 'desc' }], limit: 50 })) as Array<
        Record<string, unknown>
      >;
      const titled = await this.titles([...pending, ...refused].map(scheduleOf));
      return { pending: pending.map((row) => titled(scheduleOf(row))), refused: refused.map((row) => titled(scheduleOf(row))) };
    },

    /** The drafts' titles, to name each schedule. */
    async titles(found: readonly Schedule[]): Promise<(schedule: Schedule) => ScheduleEntry> {
      const titles = new Map<string, string | null>();
      for (const type of Object.keys(SCHEDULED_TYPES) as ScheduledType[]) {
        const documentIds = found.filter((schedule) => schedule.contentType === SCHEDULED_TYPES[type]).map((schedule) => schedule.documentId);
        if (documentIds.length === 0) continue;
        const drafts = (await strapi.db.query(SCHEDULED_TYPES[type] as never).findMany({
          where: { documentId: { $in: documentIds }, publishedAt: null },
          select: ['documentId', 'title'],
        })) as Array<{ documentId: string; title: string | null }>;
        for (const draft of drafts) titles.set(draft.documentId, draft.title);
      }
      return (schedule) => ({
        ...schedule,
        // Schedules are only ever set on the scheduled types.
        type: typeOfUid(schedule.contentType) ?? 'article',
        title: titles.get(schedule.documentId) ?? null,
      });
    },

    /** Pending schedules whose time has come, soonest first. */
    async due(now: Date, limit = 50): Promise<Schedule[]> {
      const found = (await rows().findMany({
        where: { state: 'pending', publishAt: { $lte: now } },
        orderBy: [{ publishAt: 'asc' }, { id: 'asc' }],
        limit,
      })) as Array<Record<string, unknown>>;
      return found.map(scheduleOf);
    },

    /** Moves a pending schedule to its outcome; false when another instance (or an editor) got there first. */
    async settle(id: number, state: Exclude<ScheduleState, 'pending'>, firedAt: Date, outcome: string | null): Promise<boolean> {
      const { count } = await rows().updateMany({ where: { id, state: 'pending' }, data: { state, firedAt, outcome } });
      return count > 0;
    },

    /** Ends the document's pending schedule, if any, when it is published by hand or deleted before its time. */
    async endPending(uid: string, documentId: string, how: 'published' | 'deleted'): Promise<void> {
      await rows().updateMany({
        where: { contentType: uid, targetDocumentId: documentId, state: 'pending' },
        data: { state: 'cancelled', firedAt: new Date(), outcome: SCHEDULE_MESSAGES.endedBy[how] },
      });
    },

    /** Schedules the importer sets: a post dated in the future goes out at its date, as Jekyll would have published it. */
    async setImported(uid: string, documentId: string, publishAt: Date, name: string): Promise<void> {
      await rows().updateMany({ where: { contentType: uid, targetDocumentId: documentId, state: 'pending' }, data: { state: 'cancelled' } });
      await rows().create({
        data: {
          documentId: createId(),
          contentType: uid,
          targetDocumentId: documentId,
          publishAt,
          state: 'pending',
          scheduledById: null,
          scheduledByName: name,
        },
      });
    },
  };
};

export default schedules;
