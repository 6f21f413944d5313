import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { readRequest } from '#kernel/validate';
import { getService } from '../utils';
import { INPUTS } from './inputs';

/** Admin panel and the newsroom's own tools: house-style advisories on a text, and the rules' settings. */
const houseStyle = ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(ctx: Context) {
    const { body } = readRequest(ctx, { body: INPUTS.check });
    ctx.body = { advisories: await getService(strapi, 'check').advisories(body) };
  },

  async settings(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'settings').get() };
  },

  async updateSettings(ctx: Context) {
    const { body } = readRequest(ctx, { body: INPUTS.settings });
    ctx.body = { data: await getService(strapi, 'settings').update(body) };
  },
});

export default houseStyle;
