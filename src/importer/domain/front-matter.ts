import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { ImportProblem, MESSAGES } from './problems';

export interface FrontMatterDocument {
  data: Record<string, unknown>;
  body: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * YAML with the core schema: dates stay text, so a date without a time zone can be read in the site's zone rather than
 * as UTC midnight.
 */
export function parseYamlMap(text: string, notMap: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parseYaml(text, { schema: 'core', prettyErrors: true });
  } catch (error) {
    throw new ImportProblem(MESSAGES.badYaml(error instanceof Error ? error.message.split('\n')[0] : String(error)));
  }
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) throw new ImportProblem(notMap);
  return value;
}

/** Splits a Jekyll file into its front matter (a map) and its Markdown body. */
export function readFrontMatter(text: string): FrontMatterDocument {
  if (!/^(\ufeff)?---[ \t]*\r?\n/.test(text)) throw new ImportProblem(MESSAGES.noFrontMatter);
  // Passing options (the YAML engine) also keeps gray-matter from caching every file it has read.
  const file = matter(text, { engines: { yaml: (source: string) => parseYamlMap(source, MESSAGES.frontMatterNotMap) } });
  return { data: file.data, body: file.content.replace(/^\r?\n/, '').trimEnd() };
}
