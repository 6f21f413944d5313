import fs from 'fs';
import path from 'path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

/**
 * The W3C Web Annotation test suite's MUST tests (tests/standards/web-annotation, vendored), run the way the suite's
 * runner runs them: each `*Musts.test` file lists assertion schemas; an assertion holds when the document's validity
 * against its schema is the `expectedResult` it names. The schemas are JSON Schema draft-04 and refer to the shared
 * definitions (definitions/*.json) by file name, so those are registered under their `id`s. Two assertions in
 * different folders share an `id` (the suite's runner loads one test's list at a time), so each assertion is compiled
 * without its own: its references still resolve to the definitions by file name.
 */

const ROOT = path.resolve(__dirname, '..', '..', 'standards', 'web-annotation');

/** One MUST test the document failed: the assertion's file and the suite's own message for it. */
export interface FailedAssertion {
  assertion: string;
  message: string;
}

interface Assertion {
  file: string;
  expected: boolean;
  message: string;
  validate: ValidateFunction;
}

const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

function jsonFilesUnder(folder: string): string[] {
  return fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return jsonFilesUnder(relative);
    return entry.name.endsWith('.json') ? [relative] : [];
  });
}

let compiled: Map<string, Assertion[]> | null = null;

/** Every schema of the suite in one validator; draft-04 needs the dedicated Ajv class, formats as the suite uses them. */
function load(): Map<string, Assertion[]> {
  if (compiled) return compiled;
  // strict: false because the assertions carry the runner's own keywords (assertionType, expectedResult, errorMessage).
  const ajv = new Ajv04({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of jsonFilesUnder('definitions')) ajv.addSchema(readJson(file));
  compiled = new Map();
  for (const test of ['annotations/annotationMusts.test', 'collections/collectionMusts.test', 'collections/pages/pageMusts.test']) {
    const files = (readJson(test).assertions as string[]) ?? [];
    compiled.set(
      test,
      files.map((file) => {
        const { id: _id, ...schema } = readJson(file);
        const validate = ajv.compile(schema);
        return { file, expected: schema.expectedResult !== 'invalid', message: String(schema.errorMessage ?? schema.title), validate };
      }),
    );
  }
  return compiled;
}

function failures(test: string, document: unknown): FailedAssertion[] {
  return (load().get(test) ?? [])
    .filter(({ validate, expected }) => Boolean(validate(document)) !== expected)
    .map(({ file, message }) => ({ assertion: path.basename(file), message }));
}

/** The MUST tests one annotation fails (annotationMusts.test); empty when it passes them all. */
export const annotationFailures = (annotation: unknown): FailedAssertion[] => failures('annotations/annotationMusts.test', annotation);

/**
 * The MUST tests an annotation collection fails: the collection's own (collectionMusts.test) and its embedded first
 * page's (pageMusts.test, which reads a collection with an embedded page as the suite says).
 */
export const collectionFailures = (collection: unknown): FailedAssertion[] => [
  ...failures('collections/collectionMusts.test', collection),
  ...failures('collections/pages/pageMusts.test', collection),
];
