import { parseYamlMap } from './front-matter';
import { ImportProblem, MESSAGES } from './problems';

export interface ImportedAuthor {
  name: string;
  bio: string | null;
}

/** Reads Jekyll's `_data/authors.yml`: author display names, diacritics kept, each with a `bio`. */
export function parseAuthorsFile(source: string): ImportedAuthor[] {
  const data = parseYamlMap(source, MESSAGES.authorsNotMap);
  return Object.entries(data).map(([name, details]) => {
    if (details !== null && (typeof details !== 'object' || Array.isArray(details))) throw new ImportProblem(MESSAGES.authorsNotMap);
    const bio = details ? (details as Record<string, unknown>).bio : null;
    return { name: name.trim(), bio: typeof bio === 'string' && bio.trim() ? bio.trim() : null };
  });
}
