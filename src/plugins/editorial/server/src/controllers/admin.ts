import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { readRequest } from '#kernel/validate';
import { adminActor } from '../actor';
import { ARTICLE_UID, CONTENT_MANAGER, FACT_CHECK_UID, MESSAGES } from '../constants';
import { CHECKED_TYPES } from '../services/publish-check';
import { editorialConfig, getService } from '../utils';
import { INPUTS } from './inputs';

/** Admin panel: the dashboard's desk, the kicker input, the stage control, the corrections panel, the kicker, category and Needs review pages. Inputs: controllers/inputs.ts. */
const admin = ({ strapi }: { strapi: Core.Strapi }) => ({
  async config(ctx: Context) {
    const { kickerSoftLimit, kickerHardLimit, stages } = editorialConfig(strapi);
    // The newsroom's time zone (config/newsroom.ts), for the dates the admin panel shows.
    const timeZone = strapi.config.get('newsroom.timeZone') as string;
    ctx.body = { data: { kickerSoftLimit, kickerHardLimit, stages, timeZone } };
  },

  async kickerSuggestions(ctx: Context) {
    const { query } = readRequest(ctx, { query: INPUTS.kickerSuggestions });
    ctx.body = { data: await getService(strapi, 'kickers').suggestions(query.q) };
  },

  async kickers(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'kickers').list() };
  },

  async setKickerState(ctx: Context) {
    const { params, body } = readRequest(ctx, { params: INPUTS.document, body: INPUTS.kickerState });
    ctx.body = { data: await getService(strapi, 'kickers').setState(params.documentId, body.state) };
  },

  async renameKicker(ctx: Context) {
    const { params, body } = readRequest(ctx, { params: INPUTS.document, body: INPUTS.kickerLabel });
    ctx.body = { data: await getService(strapi, 'kickers').rename(params.documentId, body.label) };
  },

  async mergeKicker(ctx: Context) {
    const { params, body } = readRequest(ctx, { params: INPUTS.document, body: INPUTS.kickerMerge });
    ctx.body = { data: await getService(strapi, 'kickers').merge(params.documentId, body.into) };
  },

  async categories(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'categories').list() };
  },

  async mergeCategory(ctx: Context) {
    const { params, body } = readRequest(ctx, { params: INPUTS.document, body: INPUTS.categoryInto });
    ctx.body = { data: await getService(strapi, 'categories').merge(params.documentId, body.into) };
  },

  async reassignCategory(ctx: Context) {
    const { params, body } = readRequest(ctx, { params: INPUTS.document, body: INPUTS.categoryInto });
    ctx.body = { data: await getService(strapi, 'categories').reassign(params.documentId, body.into) };
  },

  async setSectionEditors(ctx: Context) {
    const { params, body } = readRequest(ctx, { params: INPUTS.document, body: INPUTS.sectionEditors });
    ctx.body = { data: await getService(strapi, 'categories').setEditors(params.documentId, body.userIds) };
  },

  async sectionEditorCandidates(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'categories').candidates() };
  },

  async review(ctx: Context) {
    const { query } = readRequest(ctx, { query: INPUTS.review });
    const { page, pageSize, ...filter } = query;
    ctx.body = { data: await getService(strapi, 'review').list(filter, page, pageSize) };
  },

  async desk(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'desk').view(adminActor(ctx.state)) };
  },

  async stagesOf(ctx: Context) {
    const { query } = readRequest(ctx, { query: INPUTS.stagesOf });
    ctx.body = { data: await getService(strapi, 'stageList').of(query.documentIds) };
  },

  async publishCheck(ctx: Context) {
    const { params } = readRequest(ctx, { params: INPUTS.checked });
    const actor = adminActor(ctx.state);
    // Who may open the document may see what would refuse its publish.
    if (!actor.can(CONTENT_MANAGER.read, CHECKED_TYPES[params.type])) throw new errors.PolicyError(MESSAGES.mayNotRead);
    ctx.body = { data: await getService(strapi, 'publishChecks').check(params.type, params.documentId, actor) };
  },

  async stage(ctx: Context) {
    const { params } = readRequest(ctx, { params: INPUTS.document });
    ctx.body = { data: await getService(strapi, 'stages').view(params.documentId, adminActor(ctx.state)) };
  },

  async correctArticle(ctx: Context) {
    const { params, body } = readRequest(ctx, { params: INPUTS.document, body: INPUTS.correction });
    ctx.body = { data: await getService(strapi, 'corrections').add(ARTICLE_UID, params.documentId, body, adminActor(ctx.state)) };
  },

  async correctFactCheck(ctx: Context) {
    const { params, body } = readRequest(ctx, { params: INPUTS.document, body: INPUTS.correction });
    ctx.body = { data: await getService(strapi, 'corrections').add(FACT_CHECK_UID, params.documentId, body, adminActor(ctx.state)) };
  },

  async moveStage(ctx: Context) {
    const { params, body } = readRequest(ctx, { params: INPUTS.document, body: INPUTS.stageMove });
    ctx.body = { data: await getService(strapi, 'stages').move(params.documentId, body.to, body.note, adminActor(ctx.state)) };
  },
});

export default admin;
