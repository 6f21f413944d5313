import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { MESSAGES } from '../constants';
import { ANNOTATION_MEDIA_TYPE } from '../domain/annotations';
import { getService } from '../utils';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const annotations = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/sourcing/articles/:slug/annotations: a published article's highlights as JSON-LD Web Annotations. */
  async find(ctx: Context) {
    const slug = String(ctx.params.slug ?? '');
    const collection = SLUG.test(slug) ? await getService(strapi, 'annotations').forArticle(slug, ctx.request.origin) : null;
    if (!collection) return ctx.notFound(MESSAGES.articleNotFound);
    ctx.body = collection;
    // Koa types an object body as plain JSON; the Web Annotation protocol names its own JSON-LD profile.
    ctx.type = ANNOTATION_MEDIA_TYPE;
  },
});

export default annotations;
