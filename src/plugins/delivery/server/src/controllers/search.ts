import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { readRequest } from '#kernel/validate';
import { searchQuery } from '../domain/search-query';
import { respond } from '../respond';
import { getService } from '../utils';

/** `GET /api/search`: the query parsed (a bad one is a 400 naming its parameter), searched, sent and kept. */
const search = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { query } = readRequest(ctx, { query: searchQuery });
    respond(strapi, ctx, await getService(strapi, 'search').find(query));
  },
});

export default search;
