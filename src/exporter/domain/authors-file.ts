import { parse } from 'yaml';
import { toYaml } from './yaml-text';

export interface AuthorForExport {
  name: string;
  bio: string | null;
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The site's `_data/authors.yml` with the CMS's authors in it: each one's `bio` as the CMS holds it, every other key
 * of an author (a Twitter handle, an avatar the CMS does not keep) and every author the CMS does not know left as the
 * file had them. `existing` is the file's text, or null when there is none. Throws when the file is not a YAML map.
 */
export function authorsFileText(authors: readonly AuthorForExport[], existing: string | null): string {
  const current: unknown = existing === null ? {} : (parse(existing, { schema: 'core' }) ?? {});
  if (!isMap(current)) throw new Error('_data/authors.yml is not a map of author names');
  const data: Record<string, unknown> = { ...current };
  for (const author of authors) {
    const entry = isMap(data[author.name]) ? { ...(data[author.name] as Record<string, unknown>) } : {};
    if (author.bio === null) delete entry.bio;
    else entry.bio = author.bio;
    data[author.name] = Object.keys(entry).length > 0 ? entry : null;
  }
  return toYaml(data);
}
