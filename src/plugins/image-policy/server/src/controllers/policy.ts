import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Editor } from '../services/policy';
import { getService } from '../utils';

const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body = (ctx.request as { body?: unknown }).body;
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
};

/** Admin panel: the article's image-policy report, overrides, and the policy's settings. */
const policy = ({ strapi }: { strapi: Core.Strapi }) => ({
  async report(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'policy').report(String(ctx.params.documentId)) };
  },

  async override(ctx: Context) {
    const user = ctx.state.user as Editor;
    ctx.body = { data: await getService(strapi, 'policy').recordOverride(String(ctx.params.documentId), bodyOf(ctx).reason, user) };
  },

  async settings(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'settings').get() };
  },

  async updateSettings(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'settings').update(bodyOf(ctx)) };
  },
});

export default policy;
