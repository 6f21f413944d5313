import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { readRequest, slugParams } from '#kernel/validate';
import { MESSAGES } from '../constants';
import { ANNOTATION_MEDIA_TYPE } from '../domain/annotations';
import { getService } from '../utils';

const annotations = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/sourcing/articles/:slug/annotations: a published article's highlights as JSON-LD Web Annotations. */
  async find(ctx: Context) {
    // A slug that cannot be one names no article: 404, as for one that names nothing.
    const { slug } = readRequest(ctx, { params: slugParams }).params;
    const collection = slug ? await getService(strapi, 'annotations').forArticle(slug, ctx.request.origin) : null;
    if (!collection) return ctx.notFound(MESSAGES.articleNotFound);
    ctx.body = collection;
    // Koa types an object body as plain JSON; the Web Annotation protocol names its own JSON-LD profile.
    ctx.type = ANNOTATION_MEDIA_TYPE;
  },
});

export default annotations;
