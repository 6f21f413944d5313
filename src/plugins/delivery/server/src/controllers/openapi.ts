import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { JSON_TYPE, respond } from '../respond';
import { getService } from '../utils';

/** GET /api/openapi.json: the contract, cached like the other public reads (it depends on no document). */
const openapi = ({ strapi }: { strapi: Core.Strapi }) => ({
  async document(ctx: Context) {
    respond(strapi, ctx, { body: await getService(strapi, 'openapi').document(), type: JSON_TYPE, tags: [] });
  },
});

export default openapi;
