import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { body, documentIdParams, fieldIssues, parseInput, readRequest, requestBody, slugParams, validationError } from '#kernel/validate';

type Details = { errors: Array<{ path: string[]; message: string; name: string }> };

/** The 400 a call throws, with its details. */
function refusal(call: () => unknown): { message: string; details: Details } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(errors.ValidationError);
    const { message, details } = error as InstanceType<typeof errors.ValidationError>;
    return { message, details: details as Details };
  }
  throw new Error('expected a ValidationError');
}

const ctxOf = (parts: { params?: unknown; query?: unknown; body?: unknown }) =>
  ({ params: parts.params ?? {}, query: parts.query ?? {}, request: { body: parts.body } }) as unknown as Context;

describe('validationError', () => {
  it('names the field and keeps the schema message, in the shape the admin panel reads', () => {
    const schema = z.object({ reason: z.string({ error: 'Say why.' }).min(10, 'Say why.') });
    const result = schema.safeParse({ reason: 42 });
    expect(result.success).toBe(false);
    const error = validationError(result.error as z.ZodError);
    expect(error).toBeInstanceOf(errors.ValidationError);
    expect(error.message).toBe('Say why.');
    expect(error.details).toEqual({ errors: [{ path: ['reason'], message: 'Say why.', name: 'ValidationError' }] });
  });

  it('gives nested paths as strings, each field once, and counts the rest in the message', () => {
    const schema = z.object({
      userIds: z.array(z.number({ error: 'A whole number.' })),
      label: z.string().max(3, 'Too long.').trim().min(1, 'Empty.'),
    });
    const { message, details } = refusal(() => parseInput(schema, { userIds: [1, 'two'], label: '      ' }));
    expect(details.errors.map((error) => error.path)).toEqual([['userIds', '1'], ['label']]);
    expect(details.errors[1].message).toBe('Too long.');
    expect(message).toBe('A whole number. (and 1 more problem to fix)');
  });

  it('names each unknown key of a strict object, first', () => {
    const schema = z.strictObject({ aiTools: z.array(z.string(), { error: 'A list.' }).optional() });
    const { details } = refusal(() => parseInput(schema, { aiTools: 'Sora', colour: 'red', size: 2 }));
    expect(details.errors.map((error) => error.path)).toEqual([['colour'], ['size'], ['aiTools']]);
    expect(details.errors[0].message).toBe('Unknown field "colour".');
  });

  it('keeps a strict object its own message for a single unknown key', () => {
    const schema = z.strictObject({}, { error: (issue) => (issue.code === 'unrecognized_keys' ? `No "${issue.keys[0]}" here.` : undefined) });
    const [issue] = fieldIssues((schema.safeParse({ colour: 'red' }) as { error: z.ZodError }).error);
    expect(issue).toEqual({ code: 'unrecognized_keys', path: ['colour'], message: 'No "colour" here.' });
  });
});

describe('parseInput', () => {
  it('answers the typed value the schema makes', () => {
    expect(parseInput(z.object({ page: z.string().transform(Number) }), { page: '3' })).toEqual({ page: 3 });
  });
});

describe('readRequest', () => {
  const schemas = { params: documentIdParams, body: body({ into: z.string({ error: 'No such kicker.' }) }) };

  it('parses each part with its schema and hands back typed values', () => {
    const read = readRequest(ctxOf({ params: { documentId: 'abc123' }, body: { into: 'def456', extra: true } }), schemas);
    expect(read).toEqual({ params: { documentId: 'abc123' }, body: { into: 'def456' } });
  });

  it('names every bad field of every part in one 400, each path relative to its part', () => {
    const { details } = refusal(() => readRequest(ctxOf({ params: { documentId: 'not an id' }, body: { into: { $ne: 'x' } } }), schemas));
    expect(details.errors.map((error) => error.path)).toEqual([['documentId'], ['into']]);
    expect(details.errors[1].message).toBe('No such kicker.');
  });

  it('refuses a body that is not an object, and reads a missing body as an empty one', () => {
    expect(refusal(() => readRequest(ctxOf({ params: { documentId: 'a' }, body: ['x'] }), schemas)).details.errors[0]).toMatchObject({
      path: [],
      message: 'Send the request body as a JSON object.',
    });
    expect(requestBody(ctxOf({}))).toEqual({});
    expect(refusal(() => readRequest(ctxOf({ params: { documentId: 'a' } }), schemas)).details.errors[0].path).toEqual(['into']);
  });

  it('reads a slug that cannot be one as null (a 404 for the caller), not a 400', () => {
    expect(readRequest(ctxOf({ params: { slug: 'kfor-downscaling' } }), { params: slugParams }).params.slug).toBe('kfor-downscaling');
    expect(readRequest(ctxOf({ params: { slug: 'NOT A SLUG' } }), { params: slugParams }).params.slug).toBeNull();
  });
});
