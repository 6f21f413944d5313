import { factories } from '@strapi/strapi';
import { withArticleCounts } from '#kernel/article-counts';
import { KICKER_UID } from '#domain/uids';

type Listed = { documentId?: string };

/**
 * Readers see approved kickers only (a proposed one is an editor's suggestion, not yet shown on the site), each with
 * the number of its published articles. A kicker's series page is the delivery plugin's /api/kickers/:slug/articles.
 */
export default factories.createCoreController(KICKER_UID, ({ strapi }) => ({
  async find(ctx) {
    const model = strapi.getModel(KICKER_UID);
    const auth = { auth: ctx.state.auth };
    await strapi.contentAPI.validate.query(ctx.query, model, auth);
    const query = (await strapi.contentAPI.sanitize.query(ctx.query, model, auth)) as { filters?: unknown };
    const filters = query.filters ? { $and: [query.filters, { state: 'approved' }] } : { state: 'approved' };
    const { results, pagination } = await strapi.service(KICKER_UID).find({ ...query, filters });
    const data = (await strapi.contentAPI.sanitize.output(results, model, auth)) as Listed[];
    return { data: await withArticleCounts(strapi, 'kicker', data), meta: { pagination } };
  },

  async findOne(ctx) {
    const approved = await strapi.db.query(KICKER_UID).findOne({ where: { documentId: ctx.params.id, state: 'approved' }, select: ['id'] });
    if (!approved) return ctx.notFound('No such kicker.');
    const response = (await super.findOne(ctx)) as { data: Listed | null; meta: unknown } | undefined;
    if (!response?.data) return response;
    const [data] = await withArticleCounts(strapi, 'kicker', [response.data]);
    return { ...response, data };
  },
}));
