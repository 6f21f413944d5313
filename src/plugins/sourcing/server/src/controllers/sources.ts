import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { readRequest } from '#kernel/validate';
import { getService } from '../utils';

const sourceQuery = z.object({
  q: z.string({ error: 'Give the words to look for as text.' }).max(200, 'Look for at most 200 characters.').optional(),
  url: z.string({ error: 'Give the address as text.' }).max(2048, 'An address is at most 2048 characters.').optional(),
  limit: z.coerce
    .number({ error: 'limit is a number.' })
    .int('limit is a whole number.')
    .min(1, 'limit is at least 1.')
    .max(50, 'limit is at most 50.')
    .default(10),
});

/** Admin panel: existing Sources for the pickers, by words or by a pasted address (normalized as saves do). */
const sources = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { query } = readRequest(ctx, { query: sourceQuery });
    const found = await getService(strapi, 'sourceSearch').find(query);
    ctx.body = { data: found.sources, meta: { normalizedUrl: found.normalizedUrl, urlProblem: found.urlProblem } };
  },
});

export default sources;
