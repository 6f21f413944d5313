import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { readRequest, slugParams } from '#kernel/validate';
import { pageQuery } from '../domain/paging';
import { respond, type Rendered } from '../respond';
import type { FeedFormat, FeedOf } from '../services/feeds';
import type { Taxonomy } from '../lookup';
import { MESSAGES } from '../constants';
import { getService } from '../utils';

/**
 * The Content API routes frontends read; each parses (a zod schema: a bad page is a 400 naming it, a slug that cannot
 * be one a 404 like any slug that names nothing), asks one service, and sends (and keeps) what it made.
 */
const delivery = ({ strapi }: { strapi: Core.Strapi }) => {
  const auth = (ctx: Context): unknown => ctx.state.auth;
  const send = (ctx: Context, rendered: Rendered | null, notFound: string) => (rendered ? respond(strapi, ctx, rendered) : ctx.notFound(notFound));
  const slug = (ctx: Context): string | null => readRequest(ctx, { params: slugParams }).params.slug;

  const under = (taxonomy: Taxonomy, notFound: string) => async (ctx: Context) => {
    const { params, query } = readRequest(ctx, { params: slugParams, query: pageQuery });
    send(ctx, params.slug ? await getService(strapi, 'articles').under(taxonomy, params.slug, query, auth(ctx)) : null, notFound);
  };

  const feed = (kind: FeedOf['kind'], format: FeedFormat, notFound: string) => async (ctx: Context) => {
    if (kind === 'site') return send(ctx, await getService(strapi, 'feeds').feed({ kind }, format), notFound);
    const name = slug(ctx);
    send(ctx, name ? await getService(strapi, 'feeds').feed({ kind, slug: name }, format) : null, notFound);
  };

  return {
    async article(ctx: Context) {
      const name = slug(ctx);
      send(ctx, name ? await getService(strapi, 'articles').bySlug(name, auth(ctx)) : null, MESSAGES.articleNotFound);
    },

    async articleJsonLd(ctx: Context) {
      const name = slug(ctx);
      send(ctx, name ? await getService(strapi, 'articles').jsonLd(name) : null, MESSAGES.articleNotFound);
    },

    async factCheck(ctx: Context) {
      const name = slug(ctx);
      send(ctx, name ? await getService(strapi, 'factChecks').bySlug(name, auth(ctx)) : null, MESSAGES.factCheckNotFound);
    },

    async claimReview(ctx: Context) {
      const name = slug(ctx);
      const review = name ? await getService(strapi, 'factChecks').claimReview(name) : null;
      if (review === 'no-verdict') return ctx.notFound(MESSAGES.noVerdict);
      send(ctx, review, MESSAGES.factCheckNotFound);
    },

    categoryArticles: under('category', MESSAGES.categoryNotFound),
    kickerArticles: under('kicker', MESSAGES.kickerNotFound),
    siteRss: feed('site', 'rss', ''),
    siteJsonFeed: feed('site', 'json', ''),
    categoryRss: feed('category', 'rss', MESSAGES.categoryNotFound),
    categoryJsonFeed: feed('category', 'json', MESSAGES.categoryNotFound),
    kickerRss: feed('kicker', 'rss', MESSAGES.kickerNotFound),
    kickerJsonFeed: feed('kicker', 'json', MESSAGES.kickerNotFound),

    async corrections(ctx: Context) {
      const { query } = readRequest(ctx, { query: pageQuery });
      respond(strapi, ctx, await getService(strapi, 'corrections').list(query));
    },

    async correctionsRss(ctx: Context) {
      respond(strapi, ctx, await getService(strapi, 'corrections').feed('rss'));
    },

    async correctionsJsonFeed(ctx: Context) {
      respond(strapi, ctx, await getService(strapi, 'corrections').feed('json'));
    },

    async sitemap(ctx: Context) {
      respond(strapi, ctx, await getService(strapi, 'feeds').sitemap());
    },

    async newsSitemap(ctx: Context) {
      respond(strapi, ctx, await getService(strapi, 'feeds').newsSitemap());
    },
  };
};

export default delivery;
