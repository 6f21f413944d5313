import { ARTICLE_POPULATE, FACT_CHECK_POPULATE, LIST_POPULATE } from '../shape';
import { ARTICLE_UID, CATEGORY_UID, FACT_CHECK_UID, KICKER_UID } from '../constants';
import { ANNOTATION_COLLECTION, CLAIM_REVIEW, CORRECTIONS_LIST, JSON_FEED, NEWS_ARTICLE, READER_CORRECTIONS, SEARCH_RESULTS, XML_DOCUMENT } from './answers';
import { openSchema, populatable, populatedSchema, schemaName, targetOf, type Catalogue } from './content-types';
import { answerSchemaName, corePaths, type PublicType } from './core-routes';
import { deliveryPaths } from './delivery-paths';
import { ERROR, arrayOf, uri, type JsonSchema } from './json-schema';

export type { PublicType } from './core-routes';

export interface ContractInput {
  catalogue: Catalogue;
  /** The types the public role may find and findOne. */
  publicTypes: readonly PublicType[];
  /** Where the Content API is served, e.g. `/api`. */
  apiPrefix: string;
  /** `api.rest.maxLimit`: the largest page the core `find` serves. */
  maxLimit: number;
  title: string;
  version: string;
}

export const ARTICLE_COUNT: JsonSchema = { type: 'integer', minimum: 0, description: 'Published articles filed under it.' };

/** Every model a reader can reach from the public types by populating: their schemas go in components. */
function reachable(catalogue: Catalogue, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (uid: string) => {
    if (seen.has(uid) || !catalogue.models[uid]) return;
    seen.add(uid);
    for (const [, attribute] of populatable(catalogue.models[uid], catalogue)) {
      const targets = attribute.type === 'dynamiczone' ? (attribute.components ?? []) : [targetOf(attribute) as string];
      targets.forEach(visit);
    }
  };
  roots.forEach(visit);
  return [...seen];
}

/** The delivery answers' documents, generated from the same populate the services read with. */
function deliverySchemas(catalogue: Catalogue): Record<string, JsonSchema> {
  const model = (uid: string) => catalogue.models[uid];
  const html: JsonSchema = { type: 'string', description: 'Sanitized HTML rendered from the Markdown field.' };
  const section = model('factcheck.section');
  const sectionOverride: Record<string, JsonSchema> = section ? { sections: arrayOf(populatedSchema(section, catalogue, {}, { bodyHtml: html })) } : {};
  return {
    ArticleBySlug: populatedSchema(model(ARTICLE_UID), catalogue, ARTICLE_POPULATE, { url: uri, bodyHtml: html, corrections: READER_CORRECTIONS }),
    ArticleListed: populatedSchema(model(ARTICLE_UID), catalogue, LIST_POPULATE),
    FactCheckBySlug: populatedSchema(model(FACT_CHECK_UID), catalogue, FACT_CHECK_POPULATE, {
      ...sectionOverride,
      url: uri,
      summaryHtml: html,
      bottomLineHtml: html,
      limitationsHtml: html,
      corrections: READER_CORRECTIONS,
    }),
    CategoryListed: populatedSchema(model(CATEGORY_UID), catalogue, {}, { articleCount: ARTICLE_COUNT }),
    KickerListed: populatedSchema(model(KICKER_UID), catalogue, {}, { articleCount: ARTICLE_COUNT }),
  };
}

/**
 * The OpenAPI 3.1 document of the public Content API: the delivery routes, annotations, permalinks, search and the
 * core find/findOne of the public types, with every document schema generated from the content types.
 */
export function openApiDocument(input: ContractInput): JsonSchema {
  const { catalogue, publicTypes } = input;
  const models = reachable(
    catalogue,
    publicTypes.map((type) => type.uid),
  );
  const generated = Object.fromEntries(models.map((uid) => [schemaName(uid), openSchema(catalogue.models[uid], catalogue)]));
  const counted = publicTypes
    .filter((type) => answerSchemaName(type) !== schemaName(type.uid))
    .map((type) => [answerSchemaName(type), openSchema(catalogue.models[type.uid], catalogue, type.extras)]);
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: input.title,
      version: input.version,
      description:
        'Published content only, no sign-in. Document schemas are generated from the content types at boot; every answer ' +
        'carries an ETag and honours If-None-Match (304).',
    },
    servers: [{ url: input.apiPrefix }],
    paths: { ...deliveryPaths(), ...corePaths(publicTypes, catalogue, input.maxLimit) },
    components: {
      schemas: {
        ...generated,
        ...Object.fromEntries(counted),
        ...deliverySchemas(catalogue),
        NewsArticle: NEWS_ARTICLE,
        ClaimReview: CLAIM_REVIEW,
        AnnotationCollection: ANNOTATION_COLLECTION,
        JsonFeed: JSON_FEED,
        XmlDocument: XML_DOCUMENT,
        CorrectionsList: CORRECTIONS_LIST,
        SearchResults: SEARCH_RESULTS,
        Error: ERROR,
      },
    },
  };
}
