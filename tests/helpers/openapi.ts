import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';

/**
 * The contract checked with real validators: the document against the OpenAPI 3.1 schema
 * (@seriousme/openapi-schema-validator, run as its own CLI because it ships as an ES module Jest cannot require), and
 * answers against the document's response schemas with Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 */

type Json = { [key: string]: unknown };

const CLI = path.join(path.dirname(require.resolve('@seriousme/openapi-schema-validator/package.json')), 'bin', 'validate-api-cli.js');

/** What the OpenAPI schema validator says of a document: `{ valid, errors }`. */
export function validateOpenApi(document: unknown): { valid: boolean; errors?: unknown } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-openapi-'));
  const file = path.join(dir, 'openapi.json');
  fs.writeFileSync(file, JSON.stringify(document));
  try {
    return JSON.parse(execFileSync(process.execPath, [CLI, file], { encoding: 'utf8' }));
  } catch (error) {
    const stdout = (error as { stdout?: string }).stdout;
    if (stdout) return JSON.parse(stdout);
    throw error;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const BASE = 'https://contract.invalid/openapi.json';

const JSON_LIKE = /^application\/(?:[\w.-]+\+)?json$/;

/** `type/subtype; profile="…"` without its charset, spaces normalized: what a documented media type names. */
const mediaTypeOf = (header: string): string =>
  header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^charset=/i.test(part))
    .join('; ');

/** The schema as a standalone one: its references to the document's components made absolute. */
function absolute(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(absolute);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${BASE}${value}` : absolute(value),
    ]),
  );
}

/** The answer's bytes as text: `response.body` when read with a text parser (as XML must be), else supertest's `text`. */
export const textOf = (response: Response): string => (typeof response.body === 'string' ? response.body : response.text);

export class Contract {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: false });

  constructor(readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addSchema(document, BASE);
  }

  /** The operation's documented answer for this status, or a message saying why there is none. */
  answerOf(template: string, status: number): Json {
    const paths = this.document.paths as Record<string, { get?: { responses: Record<string, Json> } }>;
    const operation = paths[template]?.get;
    if (!operation) throw new Error(`GET ${template} is not in the document.`);
    const answer = operation.responses[String(status)];
    if (!answer) throw new Error(`GET ${template} does not document a ${status} answer.`);
    return answer;
  }

  /**
   * The problems with an answer, as a list (empty when it keeps the contract): its status is documented for the route,
   * its Content-Type is a documented media type, and its body validates against that media type's schema.
   */
  problems(template: string, response: Response): string[] {
    const answer = this.answerOf(template, response.status);
    const content = (answer.content ?? {}) as Record<string, { schema: unknown }>;
    const mediaType = mediaTypeOf(String(response.headers['content-type'] ?? ''));
    const documented = content[mediaType];
    const named = documented ? [] : [`GET ${template} answered ${response.status} as "${mediaType}", documented as ${Object.keys(content).join(', ')}.`];
    const schema = documented?.schema ?? (Object.keys(content).length === 1 ? Object.values(content)[0].schema : null);
    if (!schema) return named;
    const essence = mediaType.split(';')[0];
    const body = JSON_LIKE.test(essence) ? JSON.parse(textOf(response)) : textOf(response);
    const validate = this.ajv.compile(absolute(schema) as object);
    if (validate(body)) return named;
    return [...named, ...(validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`)];
  }
}
