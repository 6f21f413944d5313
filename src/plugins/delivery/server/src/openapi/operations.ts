import { ref, type JsonSchema } from './json-schema';

/** Building blocks of an OpenAPI operation's answers. */

export const JSON_MEDIA = 'application/json';

const DESCRIPTIONS: Record<number, string> = {
  200: 'OK',
  400: 'Bad input: `error.details.errors[].path` names the parameter.',
  404: 'Nothing published answers to that address.',
};

export function answer(mediaType: string, schema: JsonSchema, description = DESCRIPTIONS[200]): JsonSchema {
  return { description, content: { [mediaType]: { schema } } };
}

export const jsonAnswer = (schema: JsonSchema, description?: string): JsonSchema => answer(JSON_MEDIA, schema, description);

/** Strapi's error answer for each status given. */
export function errorAnswers(...statuses: number[]): Record<string, JsonSchema> {
  return Object.fromEntries(statuses.map((status) => [String(status), jsonAnswer(ref('Error'), DESCRIPTIONS[status])]));
}

export const pathParameter = (name: string, description: string): JsonSchema => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });

export const queryParameter = (name: string, schema: JsonSchema, description: string, required = false): JsonSchema => ({
  name,
  in: 'query',
  required,
  schema,
  description,
});
