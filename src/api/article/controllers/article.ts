import { factories } from '@strapi/strapi';
import { z } from 'zod';
import { readRequest } from '#kernel/validate';
import { permalinkVariants } from '#domain/permalink';
import { ARTICLE_UID } from '#domain/uids';

const PATH = 'Give the old address as a site path starting with "/", such as /2026/02/19/kfor-downscaling/.';

/** `?path=`: an address of the previous site, as the paths it may have been stored under (with and without the slash). */
const permalinkQuery = z.object({
  path: z
    .string({ error: PATH })
    .refine((path) => permalinkVariants(path) !== null, PATH)
    .transform((path) => permalinkVariants(path) as string[]),
});

export default factories.createCoreController(ARTICLE_UID, ({ strapi }) => ({
  /** GET /api/articles/by-permalink?path=/2026/02/19/kfor-downscaling/ → the published article, as findOne answers. */
  async byPermalink(ctx) {
    const { query } = readRequest(ctx, { query: permalinkQuery });
    const article = await strapi.documents(ARTICLE_UID).findFirst({ filters: { permalink: { $in: query.path } }, status: 'published' });
    if (!article) return ctx.notFound('No published article has that permalink.');
    const data = await strapi.contentAPI.sanitize.output(article, strapi.getModel(ARTICLE_UID), { auth: ctx.state.auth });
    ctx.body = { data, meta: {} };
  },
}));
