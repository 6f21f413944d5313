import { factories } from '@strapi/strapi';
import { withArticleCounts } from '#kernel/article-counts';
import { CATEGORY_UID } from '#domain/uids';

type Listed = { documentId?: string };

/** Categories as the Content API serves them, each with the number of its published articles. */
export default factories.createCoreController(CATEGORY_UID, ({ strapi }) => ({
  async find(ctx) {
    const response = (await super.find(ctx)) as { data: Listed[]; meta: unknown };
    return { ...response, data: await withArticleCounts(strapi, 'category', response.data) };
  },

  async findOne(ctx) {
    const response = (await super.findOne(ctx)) as { data: Listed | null; meta: unknown } | undefined;
    if (!response?.data) return response;
    const [data] = await withArticleCounts(strapi, 'category', [response.data]);
    return { ...response, data };
  },
}));
