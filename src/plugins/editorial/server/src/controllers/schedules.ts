import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { readRequest } from '#kernel/validate';
import { adminActor, type Actor } from '../actor';
import { SCHEDULE_MESSAGES, SCHEDULED_TYPES, type ScheduledType } from '../domain/schedule';
import { CONTENT_MANAGER } from '../constants';
import { getService } from '../utils';
import { INPUTS } from './inputs';

/** Who may see a document may see its schedule; changing it is the service's call (the Publish button's rules). */
function reader(ctx: Context, type: ScheduledType): Actor {
  const actor = adminActor(ctx.state);
  if (!actor.can(CONTENT_MANAGER.read, SCHEDULED_TYPES[type])) throw new errors.PolicyError(SCHEDULE_MESSAGES.mayNotPublish);
  return actor;
}

/** Admin panel: the Schedule side panel and the Scheduled page. Inputs: controllers/inputs.ts. */
const schedules = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'schedules').list(adminActor(ctx.state)) };
  },

  async view(ctx: Context) {
    const { params } = readRequest(ctx, { params: INPUTS.scheduled });
    ctx.body = { data: await getService(strapi, 'schedules').view(params.type, params.documentId, reader(ctx, params.type)) };
  },

  async set(ctx: Context) {
    const { params, body } = readRequest(ctx, { params: INPUTS.scheduled, body: INPUTS.schedule });
    const actor = reader(ctx, params.type);
    ctx.body = { data: await getService(strapi, 'schedules').set(params.type, params.documentId, body.publishAt, actor) };
  },

  async cancel(ctx: Context) {
    const { params } = readRequest(ctx, { params: INPUTS.scheduled });
    ctx.body = { data: await getService(strapi, 'schedules').cancel(params.type, params.documentId, reader(ctx, params.type)) };
  },
});

export default schedules;
