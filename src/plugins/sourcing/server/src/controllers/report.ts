import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils';

/** Admin panel: the sourcing report shown beside an article or fact check being edited. */
const report = ({ strapi }: { strapi: Core.Strapi }) => ({
  async article(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'report').article(String(ctx.params.documentId)) };
  },

  async factCheck(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'report').factCheck(String(ctx.params.documentId)) };
  },
});

export default report;
