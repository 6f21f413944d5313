import { VERDICT_RATINGS } from '../domain/json-ld';
import { PAGINATION, arrayOf, closed, dateTime, text, uri, wholeNumber, type JsonSchema } from './json-schema';

/**
 * The delivery answers that are not documents: structured data, feeds, the corrections list and search, written
 * from the modules that build them (domain/json-ld.ts, domain/feeds.ts, domain/corrections.ts, the sourcing plugin's
 * annotations). schema.org and the Web Annotation model are open vocabularies, so those objects stay open
 * (consumers ignore what they do not know); the properties the newsroom promises are required.
 */

const typed = (type: string, properties: Record<string, JsonSchema>, required: string[]): JsonSchema => ({
  type: 'object',
  properties: { '@type': { const: type }, ...properties },
  required: ['@type', ...required],
});

const PERSON = typed('Person', { name: text, url: uri }, ['name']);
const ORGANIZATION = typed('Organization', { name: text, url: uri }, ['name']);
const CORRECTION_COMMENT = typed('CorrectionComment', { text, datePublished: dateTime }, ['text', 'datePublished']);
const CONTEXT = { const: 'https://schema.org' };

export const NEWS_ARTICLE: JsonSchema = {
  type: 'object',
  description: 'schema.org NewsArticle; empty properties are left out rather than null.',
  properties: {
    '@context': CONTEXT,
    '@type': { const: 'NewsArticle' },
    url: uri,
    headline: { type: 'string', maxLength: 110 },
    description: text,
    datePublished: dateTime,
    dateModified: dateTime,
    author: arrayOf(PERSON),
    publisher: ORGANIZATION,
    articleSection: text,
    keywords: text,
    image: typed('ImageObject', { url: uri, caption: text, creditText: text, digitalSourceType: uri }, ['url']),
    citation: arrayOf(typed('CreativeWork', { url: uri }, ['url'])),
    correction: arrayOf(CORRECTION_COMMENT),
  },
  required: ['@context', '@type', 'url', 'headline', 'datePublished', 'publisher'],
};

export const CLAIM_REVIEW: JsonSchema = {
  type: 'object',
  description: 'schema.org ClaimReview, for a fact check with a verdict.',
  properties: {
    '@context': CONTEXT,
    '@type': { const: 'ClaimReview' },
    url: uri,
    claimReviewed: text,
    datePublished: dateTime,
    author: ORGANIZATION,
    reviewRating: typed(
      'Rating',
      { alternateName: { enum: Object.values(VERDICT_RATINGS).map((rating) => rating.alternateName) }, ratingValue: wholeNumber(1) },
      ['alternateName'],
    ),
    itemReviewed: typed('Claim', {}, []),
    correction: arrayOf(CORRECTION_COMMENT),
  },
  required: ['@context', '@type', 'url', 'claimReviewed', 'datePublished', 'author', 'reviewRating', 'itemReviewed'],
};

const ANNOTATION: JsonSchema = {
  type: 'object',
  properties: {
    id: uri,
    type: { const: 'Annotation' },
    motivation: { enum: ['linking', 'highlighting'] },
    body: uri,
    target: { type: 'object', properties: { source: uri, selector: arrayOf({ type: 'object', required: ['type'] }) }, required: ['source', 'selector'] },
  },
  required: ['id', 'type', 'motivation', 'target'],
};

export const ANNOTATION_COLLECTION: JsonSchema = {
  type: 'object',
  description: "W3C Web Annotation collection of an article's published highlights, one page holding them all.",
  properties: {
    '@context': { const: 'http://www.w3.org/ns/anno.jsonld' },
    id: uri,
    type: { const: 'AnnotationCollection' },
    label: text,
    total: wholeNumber(0),
    first: { type: 'object', properties: { type: { const: 'AnnotationPage' }, items: arrayOf(ANNOTATION) }, required: ['type', 'items'] },
  },
  required: ['@context', 'id', 'type', 'total', 'first'],
};

const FEED_ITEM: JsonSchema = {
  type: 'object',
  properties: {
    id: text,
    url: uri,
    title: text,
    summary: text,
    content_html: text,
    content_text: text,
    date_published: dateTime,
    date_modified: dateTime,
    authors: arrayOf(closed({ name: text, url: uri }, ['name'])),
    tags: arrayOf(text),
    image: uri,
  },
  // JSON Feed reserves keys starting with "_" for extensions (ours: `_corrections`).
  patternProperties: { '^_': { type: 'object' } },
  additionalProperties: false,
  required: ['id', 'url', 'title', 'date_published'],
  oneOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
};

export const JSON_FEED: JsonSchema = closed(
  {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: text,
    home_page_url: uri,
    feed_url: uri,
    description: text,
    language: text,
    items: arrayOf(FEED_ITEM),
  },
  ['version', 'title', 'items'],
  { description: 'JSON Feed 1.1.' },
);

export const XML_DOCUMENT: JsonSchema = { type: 'string', description: 'An XML document.' };

const STORY_TYPE: JsonSchema = { enum: ['article', 'fact-check'] };

export const CORRECTIONS_LIST: JsonSchema = closed({
  data: arrayOf(
    closed({
      key: text,
      kind: { enum: ['correction', 'clarification', 'update'] },
      text,
      date: dateTime,
      story: closed({ type: STORY_TYPE, documentId: text, title: text, slug: text, url: uri }),
    }),
  ),
  meta: closed({ pagination: PAGINATION }),
});

export const SEARCH_RESULTS: JsonSchema = closed({
  data: arrayOf(
    closed({
      type: STORY_TYPE,
      documentId: text,
      slug: text,
      title: text,
      url: uri,
      datePublished: dateTime,
      snippet: { type: 'string', description: 'HTML: the matched words in <mark>, everything else escaped.' },
      score: { type: 'number' },
    }),
  ),
  meta: closed({ query: text, pagination: PAGINATION }),
});

/** What a by-slug answer adds to the reader's corrections log in place of the stored one (who made an entry is never shown). */
export const READER_CORRECTIONS: JsonSchema = arrayOf(closed({ key: text, kind: { enum: ['correction', 'clarification', 'update'] }, text, date: dateTime }));
