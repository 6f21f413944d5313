/**
 * JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) as plain values, and the few shapes every answer repeats.
 * Objects are closed (`additionalProperties: false`) unless a standard says they are open, so the contract test fails
 * when an answer grows a field the document does not name.
 */
export type JsonSchema = { [keyword: string]: unknown };

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** The value or null: how Strapi answers an empty field. */
export const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });

export const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });

export function closed(properties: Record<string, JsonSchema>, required: readonly string[] = Object.keys(properties), extra: JsonSchema = {}): JsonSchema {
  return { type: 'object', properties, required: [...required], additionalProperties: false, ...extra };
}

export const text: JsonSchema = { type: 'string' };
export const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
export const uri: JsonSchema = { type: 'string', format: 'uri' };
export const wholeNumber = (minimum: number): JsonSchema => ({ type: 'integer', minimum });

/** Strapi's page-based pagination, as the core `find` and the delivery lists answer it. */
export const PAGINATION: JsonSchema = closed({ page: wholeNumber(1), pageSize: wholeNumber(1), pageCount: wholeNumber(0), total: wholeNumber(0) });

/** The core `find` answered for `pagination[start]`/`pagination[limit]`. */
export const OFFSET_PAGINATION: JsonSchema = closed({ start: wholeNumber(0), limit: wholeNumber(1), total: wholeNumber(0) });

/** Strapi's error answer: `{ data: null, error: { status, name, message, details } }`; `details.errors[].path` names the input. */
export const ERROR: JsonSchema = closed({
  data: { type: 'null' },
  error: closed(
    {
      status: { type: 'integer', minimum: 400, maximum: 599 },
      name: { type: 'string', examples: ['ValidationError', 'NotFoundError'] },
      message: text,
      details: {
        type: 'object',
        properties: {
          errors: arrayOf({
            type: 'object',
            properties: { path: arrayOf({ type: ['string', 'integer'] }), message: text, name: text },
            required: ['path', 'message'],
          }),
        },
      },
    },
    ['status', 'name', 'message'],
  ),
});
