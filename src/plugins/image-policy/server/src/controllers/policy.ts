import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { readRequest } from '#kernel/validate';
import type { Editor } from '../services/policy';
import { getService } from '../utils';
import { INPUTS } from './inputs';

/** Admin panel: the article's image-policy report, overrides, and the policy's settings. Inputs: controllers/inputs.ts. */
const policy = ({ strapi }: { strapi: Core.Strapi }) => ({
  async report(ctx: Context) {
    const { params } = readRequest(ctx, { params: INPUTS.document });
    ctx.body = { data: await getService(strapi, 'policy').report(params.documentId) };
  },

  async override(ctx: Context) {
    const { params, body } = readRequest(ctx, { params: INPUTS.document, body: INPUTS.override });
    const user = ctx.state.user as Editor;
    ctx.body = { data: await getService(strapi, 'policy').recordOverride(params.documentId, body.reason, user) };
  },

  async settings(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'settings').get() };
  },

  async updateSettings(ctx: Context) {
    const { body } = readRequest(ctx, { body: INPUTS.settings });
    ctx.body = { data: await getService(strapi, 'settings').update(body) };
  },
});

export default policy;
