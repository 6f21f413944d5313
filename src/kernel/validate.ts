import type { Context } from 'koa';
import { z } from 'zod';
import { findingsError } from './errors';
import { fieldIssues } from '#domain/field-issues';
import type { Finding } from '#domain/finding';

/**
 * Validation at the boundary, for every plugin's controllers: each action parses what it reads from the request
 * (`ctx.params`, `ctx.query`, the body) with a zod schema and hands its service a typed value; what does not parse is
 * a 400 `ValidationError` whose `details.errors[].path` names the field, never a 500 from a service meeting a value it
 * did not expect.
 */

export { fieldIssues } from '#domain/field-issues';

/** A ZodError as the 400 Strapi answers with: every field's problem in `details.errors`, the message leading with the first. */
export function validationError(error: z.ZodError): ReturnType<typeof findingsError> {
  return findingsError(fieldIssues(error));
}

/** The value as the schema reads it, or the 400 that names what is wrong with it. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** The one request-body reader: the parsed JSON body, or an empty object when the request has none. */
export function requestBody(ctx: Context): unknown {
  const { body } = ctx.request as { body?: unknown };
  return body === undefined || body === null ? {} : body;
}

interface RequestSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}

export type RequestInput<Schemas extends RequestSchemas> = { [Part in keyof Schemas]: Schemas[Part] extends z.ZodType ? z.output<Schemas[Part]> : never };

/**
 * The parts of a request the schemas name, each parsed by its schema. Paths stay relative to their part (`into`, not
 * `body.into`), as the admin panel marks them; every part is read before refusing, so one 400 names every bad field.
 */
export function readRequest<Schemas extends RequestSchemas>(ctx: Context, schemas: Schemas): RequestInput<Schemas> {
  const sources: Record<keyof RequestSchemas, unknown> = { params: ctx.params, query: ctx.query, body: requestBody(ctx) };
  const parsed: Record<string, unknown> = {};
  const problems: Finding[] = [];
  for (const part of Object.keys(schemas) as Array<keyof RequestSchemas>) {
    const schema = schemas[part];
    if (!schema) continue;
    const result = schema.safeParse(sources[part] ?? {});
    if (result.success) parsed[part] = result.data;
    else problems.push(...fieldIssues(result.error));
  }
  if (problems.length > 0) throw findingsError(problems);
  return parsed as RequestInput<Schemas>;
}

/** A body's fields: an object (not a list, not a string), with the message that says so. */
export const body = <Shape extends z.ZodRawShape>(shape: Shape) => z.object(shape, { error: 'Send the request body as a JSON object.' });

/**
 * A documentId in a route: Strapi's are 24 lower-case letters and digits (cuid2); anything that cannot be one is a
 * 400, any that could but names nothing is the service's 404.
 */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const documentId = z.string({ error: 'Give a documentId.' }).regex(DOCUMENT_ID, 'A documentId is 1 to 64 letters, digits, "-" or "_".');
export const documentIdParams = z.object({ documentId });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs are lower-case words joined by hyphens; anything else cannot name a document and is answered 404 at once. */
export const isSlug = (value: unknown): value is string => typeof value === 'string' && value.length <= 200 && SLUG.test(value);

/** A slug in a route, or null for one that cannot be a slug: the caller answers that 404 (it names no document), not 400. */
export const slugParams = z.object({ slug: z.unknown().transform((value) => (isSlug(value) ? value : null)) });
