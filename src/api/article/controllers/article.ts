import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { permalinkVariants } from '../../../domain/permalink';
import { ARTICLE_UID } from '../../../domain/uids';


export default factories.createCoreController(ARTICLE_UID, ({ strapi }) => ({
  /** GET /api/articles/by-permalink?path=/2026/02/19/kfor-downscaling/ → the published article, as findOne answers. */
  async byPermalink(ctx) {
    const { path } = ctx.query;
    const variants = typeof path === 'string' ? permalinkVariants(path) : null;
    if (!variants) {
      throw new errors.ValidationError('path must be a site path such as /2026/02/19/kfor-downscaling/', {
        errors: [{ path: ['path'], message: 'Give the old address as a path starting with "/".', name: 'ValidationError' }],
      });
    }
    const article = await strapi.documents(ARTICLE_UID).findFirst({ filters: { permalink: { $in: variants } }, status: 'published' });
    if (!article) return ctx.notFound('No published article has that permalink.');
    const data = await strapi.contentAPI.sanitize.output(article, strapi.getModel(ARTICLE_UID), { auth: ctx.state.auth });
    ctx.body = { data, meta: {} };
  },
}));
