import { factories } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { readRequest } from '#kernel/validate';
import { permalinkVariants } from '#domain/permalink';
import { ARTICLE_UID } from '#domain/uids';
import { respond, type Rendered } from '../../../plugins/delivery/server/src/respond';

const PATH = 'Give the old address as a site path starting with "/", such as /2026/02/19/kfor-downscaling/.';
const NOT_FOUND = 'No published article has that permalink.';

/** `?path=`: an address of the previous site, as the paths it may have been stored under (with and without the slash). */
const permalinkQuery = z.object({
  path: z
    .string({ error: PATH })
    .refine((path) => permalinkVariants(path) !== null, PATH)
    .transform((path) => permalinkVariants(path) as string[]),
});

/** The delivery plugin's by-slug rendering, when the plugin is on (PLUGINS_DISABLED may switch it off). */
interface DeliveryArticles {
  bySlug(slug: string, auth: unknown): Promise<Rendered | null>;
}

export default factories.createCoreController(ARTICLE_UID, ({ strapi }) => ({
  /**
   * GET /api/articles/by-permalink?path=/2026/02/19/kfor-downscaling/ → the published article, answered exactly as
   * GET /api/articles/by-slug/:slug answers it (kicker, category, authors, url, bodyHtml, corrections…) and cached like
   * it, so a frontend following an old link renders the same page. Without the delivery plugin: as findOne answers.
   */
  async byPermalink(ctx: Context) {
    const { query } = readRequest(ctx, { query: permalinkQuery });
    const where = { filters: { permalink: { $in: query.path } }, status: 'published' as const };
    const delivery = strapi.plugin('delivery');
    if (delivery) {
      const found = await strapi.documents(ARTICLE_UID).findFirst({ ...where, fields: ['slug'] });
      const rendered = found?.slug ? await (delivery.service('articles') as DeliveryArticles).bySlug(found.slug, ctx.state.auth) : null;
      return rendered ? respond(strapi, ctx, rendered) : ctx.notFound(NOT_FOUND);
    }
    const article = await strapi.documents(ARTICLE_UID).findFirst(where);
    if (!article) return ctx.notFound(NOT_FOUND);
    const data = await strapi.contentAPI.sanitize.output(article, strapi.getModel(ARTICLE_UID), { auth: ctx.state.auth });
    ctx.body = { data, meta: {} };
  },
}));
