import { populatable, scalarNames, schemaName, type Catalogue } from './content-types';
import { OFFSET_PAGINATION, PAGINATION, arrayOf, closed, ref, type JsonSchema } from './json-schema';
import { errorAnswers, jsonAnswer } from './operations';

/** A type the public role may `find` and `findOne`, where its routes are (its plural name) and what its controller adds. */
export interface PublicType {
  uid: string;
  pluralName: string;
  /** Fields its controller adds to each document (a category's `articleCount`). */
  extras?: Record<string, JsonSchema>;
}

/**
 * The schema a type's own routes answer with: its document schema, or, when its controller adds fields, a schema of its
 * own (a category reached through an article's relation has no articleCount).
 */
export const answerSchemaName = (type: PublicType): string => `${schemaName(type.uid)}${Object.keys(type.extras ?? {}).length > 0 ? 'WithCount' : ''}`;

const query = (name: string, schema: JsonSchema, description: string, extra: JsonSchema = {}): JsonSchema => ({
  name,
  in: 'query',
  required: false,
  schema,
  description,
  ...extra,
});

const deep = { style: 'deepObject', explode: true };

function readParameters(uid: string, catalogue: Catalogue): JsonSchema[] {
  const model = catalogue.models[uid];
  const fields = scalarNames(model, catalogue);
  const related = populatable(model, catalogue).map(([name]) => name);
  return [
    query('fields', arrayOf({ enum: fields }), `Only these fields (with id and documentId): \`fields=title,slug\` or \`fields[0]=title\`.`, {
      style: 'form',
      explode: false,
    }),
    query(
      'populate',
      { anyOf: [{ type: 'string' }, arrayOf({ type: 'string' }), { type: 'object' }] },
      `Related fields to include (${related.map((name) => `\`${name}\``).join(', ') || 'none'}): \`populate=*\`, \`populate=a,b\`, ` +
        '`populate[a][populate][b]=true`, `populate[a][fields][0]=name`. Drafts are never reached through a relation.',
      deep,
    ),
    query('locale', { type: 'string' }, 'The locale to read (i18n); the default locale when left out.'),
  ];
}

function listParameters(uid: string, catalogue: Catalogue, maxLimit: number): JsonSchema[] {
  const page = { type: 'integer', minimum: 1 };
  return [
    query(
      'filters',
      { type: 'object' },
      'Strapi filters, `filters[field][$operator]=value` (`$eq`, `$ne`, `$in`, `$containsi`, `$lt`, `$gte`, `$null`, …, combined ' +
        'with `$and`/`$or`/`$not`, across relations: `filters[category][slug][$eq]=politics`).',
      deep,
    ),
    query('sort', { anyOf: [{ type: 'string' }, arrayOf({ type: 'string' })] }, '`sort=title`, `sort=datePublished:desc`, `sort[0]=a:asc&sort[1]=b`.', {
      style: 'form',
      explode: false,
    }),
    query(
      'pagination',
      closed(
        {
          page,
          pageSize: { type: 'integer', minimum: 1, maximum: maxLimit },
          start: { type: 'integer', minimum: 0 },
          limit: page,
          withCount: { type: 'boolean' },
        },
        [],
      ),
      `\`pagination[page]\` and \`pagination[pageSize]\` (at most ${maxLimit}), or \`pagination[start]\` and \`pagination[limit]\`; not both kinds.`,
      deep,
    ),
    ...readParameters(uid, catalogue),
  ];
}

/** `GET /<plural>` and `GET /<plural>/{documentId}` of each type, with their query syntax and answers. */
export function corePaths(types: readonly PublicType[], catalogue: Catalogue, maxLimit: number): Record<string, JsonSchema> {
  const paths: Record<string, JsonSchema> = {};
  for (const type of types) {
    const name = schemaName(type.uid);
    const answered = answerSchemaName(type);
    const tag = { tags: [name] };
    paths[`/${type.pluralName}`] = {
      get: {
        ...tag,
        operationId: `find${name}`,
        summary: `Published ${type.pluralName}, filtered, sorted and paginated`,
        parameters: listParameters(type.uid, catalogue, maxLimit),
        responses: {
          200: jsonAnswer(closed({ data: arrayOf(ref(answered)), meta: closed({ pagination: { anyOf: [PAGINATION, OFFSET_PAGINATION] } }) })),
          ...errorAnswers(400),
        },
      },
    };
    paths[`/${type.pluralName}/{documentId}`] = {
      get: {
        ...tag,
        operationId: `findOne${name}`,
        summary: `One published ${name} by its documentId`,
        parameters: [{ name: 'documentId', in: 'path', required: true, schema: { type: 'string' } }, ...readParameters(type.uid, catalogue)],
        responses: { 200: jsonAnswer(closed({ data: ref(answered), meta: closed({}) })), ...errorAnswers(400, 404) },
      },
    };
  }
  return paths;
}
