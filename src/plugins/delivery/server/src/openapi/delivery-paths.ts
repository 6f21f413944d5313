import { MAX_PAGE_SIZE } from '../domain/paging';
import { JSON_FEED_CONTENT_TYPE, RSS_CONTENT_TYPE } from '../domain/feeds';
import { SITEMAP_CONTENT_TYPE } from '../domain/sitemap';
import { PAGINATION, arrayOf, closed, ref, text, type JsonSchema } from './json-schema';
import { answer, errorAnswers, jsonAnswer, pathParameter, queryParameter } from './operations';

/**
 * The delivery plugin's reading routes, the sourcing plugin's annotations, the permalink resolver and search, as
 * OpenAPI path items. Their answers are the generated and hand-written schemas in components (document.ts).
 */

const mediaType = (contentType: string): string => contentType.split(';')[0].trim();
const ANNOTATION_MEDIA = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

const SLUG = pathParameter('slug', "The document's slug; one that cannot be a slug (upper case, spaces, over 200 characters) is 404.");
const PAGE = [
  queryParameter('page', { type: 'integer', minimum: 1, default: 1 }, 'Page number, from 1.'),
  queryParameter('pageSize', { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 10 }, `Items per page, at most ${MAX_PAGE_SIZE}.`),
];

const get = (operationId: string, summary: string, parameters: JsonSchema[], responses: Record<string, JsonSchema>, tag = 'Delivery'): JsonSchema => ({
  get: { tags: [tag], operationId, summary, parameters, responses },
});

const data = (schema: JsonSchema): JsonSchema => closed({ data: schema, meta: closed({}) });

function taxonomyPaths(taxonomy: 'category' | 'kicker', plural: string, listed: string): Record<string, JsonSchema> {
  const list = closed({ data: arrayOf(ref('ArticleListed')), meta: closed({ [taxonomy]: ref(listed), pagination: PAGINATION }) });
  const notFound = errorAnswers(404);
  const feed = (format: 'Rss' | 'JsonFeed'): JsonSchema =>
    format === 'Rss' ? answer(mediaType(RSS_CONTENT_TYPE), ref('XmlDocument')) : answer(mediaType(JSON_FEED_CONTENT_TYPE), ref('JsonFeed'));
  return {
    [`/${plural}/{slug}/articles`]: get(`${taxonomy}Articles`, `A ${taxonomy}'s published articles, newest first`, [SLUG, ...PAGE], {
      200: jsonAnswer(list),
      ...errorAnswers(400, 404),
    }),
    [`/feeds/${plural}/{slug}/rss.xml`]: get(
      `${taxonomy}Rss`,
      `RSS 2.0 of a ${taxonomy}'s latest articles`,
      [SLUG],
      { 200: feed('Rss'), ...notFound },
      'Feeds',
    ),
    [`/feeds/${plural}/{slug}/feed.json`]: get(
      `${taxonomy}JsonFeed`,
      `JSON Feed 1.1 of a ${taxonomy}'s latest articles`,
      [SLUG],
      { 200: feed('JsonFeed'), ...notFound },
      'Feeds',
    ),
  };
}

export function deliveryPaths(): Record<string, JsonSchema> {
  const json = (schema: JsonSchema) => jsonAnswer(schema);
  const jsonLd = (name: string) => answer('application/ld+json', ref(name));
  const rss = answer(mediaType(RSS_CONTENT_TYPE), ref('XmlDocument'));
  const jsonFeed = answer(mediaType(JSON_FEED_CONTENT_TYPE), ref('JsonFeed'));
  const xml = answer(mediaType(SITEMAP_CONTENT_TYPE), ref('XmlDocument'));
  const notFound = errorAnswers(404);
  return {
    '/articles/by-slug/{slug}': get('articleBySlug', 'A published article, whole', [SLUG], { 200: json(data(ref('ArticleBySlug'))), ...notFound }),
    '/articles/by-slug/{slug}/jsonld': get('articleJsonLd', 'schema.org NewsArticle of a published article', [SLUG], {
      200: jsonLd('NewsArticle'),
      ...notFound,
    }),
    '/articles/by-permalink': get(
      'articleByPermalink',
      'The published article an address of the previous site names, as by-slug answers it',
      [queryParameter('path', { type: 'string', minLength: 1 }, 'A site path starting with "/", such as /2026/02/19/kfor-downscaling/.', true)],
      { 200: json(data(ref('ArticleBySlug'))), ...errorAnswers(400, 404) },
    ),
    '/fact-checks/by-slug/{slug}': get('factCheckBySlug', 'A published fact check, whole', [SLUG], { 200: json(data(ref('FactCheckBySlug'))), ...notFound }),
    '/fact-checks/by-slug/{slug}/jsonld': get('claimReview', 'schema.org ClaimReview of a published fact check (404 without a verdict)', [SLUG], {
      200: jsonLd('ClaimReview'),
      ...notFound,
    }),
    ...taxonomyPaths('category', 'categories', 'CategoryListed'),
    ...taxonomyPaths('kicker', 'kickers', 'KickerListed'),
    '/feeds/rss.xml': get('siteRss', "RSS 2.0 of the site's latest articles", [], { 200: rss }, 'Feeds'),
    '/feeds/feed.json': get('siteJsonFeed', "JSON Feed 1.1 of the site's latest articles", [], { 200: jsonFeed }, 'Feeds'),
    '/corrections': get('corrections', 'Every published correction, newest first', PAGE, { 200: json(ref('CorrectionsList')), ...errorAnswers(400) }),
    '/corrections/rss.xml': get('correctionsRss', 'The latest corrections as RSS 2.0', [], { 200: rss }, 'Feeds'),
    '/corrections/feed.json': get('correctionsJsonFeed', 'The latest corrections as JSON Feed 1.1', [], { 200: jsonFeed }, 'Feeds'),
    '/sitemap.xml': get('sitemap', 'Every published article and fact check', [], { 200: xml }, 'Feeds'),
    '/news-sitemap.xml': get('newsSitemap', 'Google News sitemap: articles of the last 48 hours', [], { 200: xml }, 'Feeds'),
    '/sourcing/articles/{slug}/annotations': get('articleAnnotations', "A published article's highlights as W3C Web Annotations", [SLUG], {
      200: answer(ANNOTATION_MEDIA, ref('AnnotationCollection')),
      ...notFound,
    }),
    '/search': get(
      'search',
      'Published articles and fact checks matching words, best first, with highlighted snippets',
      [
        queryParameter('q', { type: 'string', minLength: 1, maxLength: 200 }, 'The words to find.', true),
        queryParameter(
          'type',
          { type: 'string', pattern: '^(article|fact-check)(,(article|fact-check))*$' },
          'Which kinds to search (both by default).',
          false,
        ),
        ...PAGE,
      ],
      { 200: json(ref('SearchResults')), ...errorAnswers(400) },
      'Search',
    ),
    '/openapi.json': get('openApi', 'This document', [], { 200: json({ type: 'object', required: ['openapi'], properties: { openapi: text } }) }, 'Contract'),
  };
}
