import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { documentIdParams, readRequest } from '#kernel/validate';
import { getService } from '../utils';

/** Admin panel: the sourcing report shown beside an article or fact check being edited (a bad documentId is a 400). */
const report = ({ strapi }: { strapi: Core.Strapi }) => ({
  async article(ctx: Context) {
    const { params } = readRequest(ctx, { params: documentIdParams });
    ctx.body = { data: await getService(strapi, 'report').article(params.documentId) };
  },

  async factCheck(ctx: Context) {
    const { params } = readRequest(ctx, { params: documentIdParams });
    ctx.body = { data: await getService(strapi, 'report').factCheck(params.documentId) };
  },
});

export default report;
