import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { withArticleCounts } from '../../../utils/article-counts';

const UID = 'api::kicker.kicker';
const ARTICLE_UID = 'api::article.article';
const MAX_PAGE_SIZE = 50;

type Listed = { documentId?: string };

/** A positive whole number from the query string, or the default; anything else is the caller's mistake. */
function pageNumber(value: unknown, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(number >= 1 && number <= max)) {
    const message = `${name} is a whole number from 1${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}.`;
    throw new errors.ValidationError(message, { errors: [{ path: [name], message, name: 'ValidationError' }] });
  }
  return number;
}

/**
 * Readers see approved kickers only (a proposed one is an editor's suggestion, not yet shown on the site), each with
 * the number of its published articles, and a kicker's series page: its published articles, newest first.
 */
export default factories.createCoreController(UID, ({ strapi }) => ({
  async find(ctx) {
    const model = strapi.getModel(UID);
    const auth = { auth: ctx.state.auth };
    await strapi.contentAPI.validate.query(ctx.query, model, auth);
    const query = (await strapi.contentAPI.sanitize.query(ctx.query, model, auth)) as { filters?: unknown };
    const filters = query.filters ? { $and: [query.filters, { state: 'approved' }] } : { state: 'approved' };
    const { results, pagination } = await strapi.service(UID).find({ ...query, filters });
    const data = (await strapi.contentAPI.sanitize.output(results, model, auth)) as Listed[];
    return { data: await withArticleCounts(strapi, 'kicker', data), meta: { pagination } };
  },

  async findOne(ctx) {
    const approved = await strapi.db.query(UID).findOne({ where: { documentId: ctx.params.id, state: 'approved' }, select: ['id'] });
    if (!approved) return ctx.notFound('No such kicker.');
    const response = (await super.findOne(ctx)) as { data: Listed | null; meta: unknown } | undefined;
    if (!response?.data) return response;
    const [data] = await withArticleCounts(strapi, 'kicker', [response.data]);
    return { ...response, data };
  },

  /** GET /api/kickers/:slug/articles — a series: the kicker's published articles, newest first, paginated. */
  async articles(ctx) {
    const page = pageNumber(ctx.query.page, 'page', 1);
    const pageSize = pageNumber(ctx.query.pageSize, 'pageSize', 10, MAX_PAGE_SIZE);
    // A retired kicker's series stays readable as an archive; a proposed one has not been shown to readers.
    const kicker = await strapi.db.query(UID).findOne({ where: { slug: String(ctx.params.slug), state: { $ne: 'proposed' } } });
    if (!kicker) return ctx.notFound('No such kicker.');
    const filters = { kicker: { documentId: kicker.documentId } };
    const [articles, total] = await Promise.all([
      strapi.documents(ARTICLE_UID).findMany({
        filters,
        status: 'published',
        sort: [{ datePublished: 'desc' }, { publishedAt: 'desc' }],
        start: (page - 1) * pageSize,
        limit: pageSize,
        populate: { category: true, authors: true, leadImage: true },
      } as never),
      strapi.documents(ARTICLE_UID).count({ filters, status: 'published' } as never),
    ]);
    const data = await strapi.contentAPI.sanitize.output(articles, strapi.getModel(ARTICLE_UID), { auth: ctx.state.auth });
    const sanitized = (await strapi.contentAPI.sanitize.output(kicker, strapi.getModel(UID), { auth: ctx.state.auth })) as Listed;
    const [series] = await withArticleCounts(strapi, 'kicker', [sanitized]);
    ctx.body = { data, meta: { kicker: series, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
  },
}));
