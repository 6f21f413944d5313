import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../actor';
import type { AdminUser } from '#domain/admin-user';
import { ARTICLE_UID, CONTENT_MANAGER } from '../constants';
import { firedNote, lateAfterMs, refusedNote, SCHEDULE_MESSAGES, type Schedule } from '../domain/schedule';
import { withPublishNote } from '../publish-note';
import { editorialConfig, getService } from '../utils';

interface Ability {
  can(action: string, subject?: unknown): boolean;
}

// What a gate, a policy or a missing document answers with: the schedule is refused and says why. Anything else (the
// database away) leaves it pending for the next tick.
const REFUSALS = [errors.ValidationError, errors.PolicyError, errors.ForbiddenError, errors.NotFoundError];
const isRefusal = (error: unknown): error is Error => REFUSALS.some((kind) => error instanceof kind);

function reasonsOf(error: Error): string[] {
  const fields = ((error as { details?: { errors?: Array<{ message?: string }> } }).details?.errors ?? []).map((field) => field.message ?? '');
  return [...new Set([error.message, ...fields].filter(Boolean))];
}

/**
 * Publishes scheduled articles and fact checks when their time comes, through the document service's publish (so
 * every gate applies), as the editor who scheduled them, with their rights at that moment.
 *
 * Exactly once on any number of instances: each firing runs in one transaction that first moves its schedule row out
 * of "pending" with a conditional update. On PostgreSQL that update holds the row's lock until the publish commits;
 * another instance's same update waits on it, then finds the row no longer pending and does nothing. A publish that
 * fails rolls the claim back with it, so the row is pending again for the refusal to be recorded, once, the same way.
 */
const scheduler = ({ strapi }: { strapi: Core.Strapi }) => {
  const schedules = () => getService(strapi, 'schedules');

  /** Runs `work` as the editor who set the schedule would run it from the admin panel; the import's are trusted. */
  async function asScheduler<T>(schedule: Schedule, work: () => Promise<T>): Promise<T> {
    if (schedule.scheduledById === null) return work();
    const user = (await strapi.db.query('admin::user').findOne({ where: { id: schedule.scheduledById }, populate: ['roles'] })) as
      (AdminUser & { isActive?: boolean; blocked?: boolean }) | null;
    if (!user || user.isActive === false || user.blocked) throw new errors.PolicyError(SCHEDULE_MESSAGES.schedulerGone);
    const userAbility = (await strapi.service('admin::permission').engine.generateUserAbility(user)) as Ability;
    if (!userAbility.can(CONTENT_MANAGER.publish, schedule.contentType)) throw new errors.PolicyError(SCHEDULE_MESSAGES.schedulerGone);
    // Strapi's own document hooks read the request's URL when there is a request context.
    const context = { state: { user, userAbility }, request: { url: '/editorial/scheduler' } };
    return (strapi.requestContext.run as (store: unknown, callback: () => Promise<T>) => Promise<T>)(context, work);
  }

  function actorOf(schedule: Schedule): Actor {
    return { user: null, name: schedule.scheduledByName, can: () => true };
  }

  async function publish(schedule: Schedule, atBoot: boolean): Promise<void> {
    const firedAt = new Date();
    const lateAfter = lateAfterMs(editorialConfig(strapi).scheduleIntervalSeconds);
    const note = firedNote(new Date(schedule.publishAt), firedAt, { atBoot, lateAfter });
    await strapi.db.transaction(async () => {
      if (!(await schedules().settle(schedule.id, 'published', firedAt, note))) return;
      const exists = await strapi.db
        .query(schedule.contentType as never)
        .findOne({ where: { documentId: schedule.documentId, publishedAt: null }, select: ['id'] });
      if (!exists) throw new errors.NotFoundError(SCHEDULE_MESSAGES.documentGone);
      await asScheduler(schedule, () =>
        withPublishNote(note, () => strapi.documents(schedule.contentType as never).publish({ documentId: schedule.documentId })),
      );
    });
  }

  async function refuse(schedule: Schedule, error: Error): Promise<void> {
    const note = refusedNote(new Date(schedule.publishAt), reasonsOf(error));
    await strapi.db.transaction(async () => {
      if (!(await schedules().settle(schedule.id, 'refused', new Date(), note))) return;
      if (schedule.contentType !== ARTICLE_UID) return;
      const stages = getService(strapi, 'stages');
      const exists = await strapi.db.query(ARTICLE_UID).findOne({ where: { documentId: schedule.documentId, publishedAt: null }, select: ['id'] });
      if (!exists) return;
      const stage = (await stages.stageOf(schedule.documentId)).id;
      await stages.record(schedule.documentId, stage, stage, note, actorOf(schedule));
    });
  }

  async function fire(schedule: Schedule, atBoot: boolean): Promise<void> {
    try {
      await publish(schedule, atBoot);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      await refuse(schedule, error);
    }
  }

  /** Fires every schedule that is due; one failing for an unexpected reason is logged and tried again next tick. */
  async function tick(atBoot: boolean): Promise<void> {
    for (const schedule of await schedules().due(new Date())) {
      try {
        await fire(schedule, atBoot);
      } catch (error) {
        strapi.log.error(`editorial: the scheduled publish of ${schedule.contentType} ${schedule.documentId} failed; retrying next tick: ${String(error)}`);
      }
    }
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let booted = false;
  /** One tick at a time per instance: a slow publish is not fired again by the same process's next tick. */
  const run = (): Promise<void> => {
    // The first tick after the whole CMS has started publishes what was missed while no instance ran.
    if (!strapi.isLoaded) return Promise.resolve();
    const atBoot = !booted;
    booted = true;
    running ??= tick(atBoot)
      .catch((error: unknown) => {
        strapi.log.error(`editorial: the scheduler could not read what is due: ${String(error)}`);
      })
      .finally(() => (running = null));
    return running;
  };

  return {
    /** Fires what is due now (the timer calls it; so may a test that will not wait for it). */
    tick: run,
    /** Looks for due schedules every `scheduleIntervalSeconds`, from the first tick after the CMS has started. */
    start(): void {
      const { schedulerEnabled, scheduleIntervalSeconds } = editorialConfig(strapi);
      if (!schedulerEnabled || timer) return;
      timer = setInterval(() => void run(), scheduleIntervalSeconds * 1000);
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
};

export default scheduler;
