import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { adminActor } from '../actor';
import { editorialConfig, getService } from '../utils';

const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body = (ctx.request as { body?: unknown }).body;
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
};

const id = (ctx: Context): string => String(ctx.params.documentId);

/** Admin panel: the kicker input, the stage control, and the kicker and category pages. */
const admin = ({ strapi }: { strapi: Core.Strapi }) => ({
  async config(ctx: Context) {
    const { kickerSoftLimit, kickerHardLimit, stages } = editorialConfig(strapi);
    ctx.body = { data: { kickerSoftLimit, kickerHardLimit, stages } };
  },

  async kickerSuggestions(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'kickers').suggestions(ctx.query.q) };
  },

  async kickers(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'kickers').list() };
  },

  async setKickerState(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'kickers').setState(id(ctx), bodyOf(ctx).state) };
  },

  async renameKicker(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'kickers').rename(id(ctx), bodyOf(ctx).label) };
  },

  async mergeKicker(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'kickers').merge(id(ctx), bodyOf(ctx).into) };
  },

  async categories(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'categories').list() };
  },

  async mergeCategory(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'categories').merge(id(ctx), bodyOf(ctx).into) };
  },

  async reassignCategory(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'categories').reassign(id(ctx), bodyOf(ctx).into) };
  },

  async setSectionEditors(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'categories').setEditors(id(ctx), bodyOf(ctx).userIds) };
  },

  async sectionEditorCandidates(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'categories').candidates() };
  },

  async stage(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'stages').view(id(ctx), adminActor(ctx.state)) };
  },

  async moveStage(ctx: Context) {
    const { to, note } = bodyOf(ctx);
    ctx.body = { data: await getService(strapi, 'stages').move(id(ctx), to, note, adminActor(ctx.state)) };
  },
});

export default admin;
