import type { z } from 'zod';
import type { Finding } from './finding';

/**
 * What a failed zod parse says, one problem per field, in the shape every refusal here speaks (a Finding): the path as
 * the admin panel reads it (strings), the schema's own message. Pure: no Strapi import, so domain code may use it.
 *
 * - A key the schema does not know (a strict object's `unrecognized_keys`) is named by its own path, one per key, and
 *   comes first: a misspelt field explains the "missing" one after it.
 * - One problem per path, the first the schema found: a value both too long and empty is told one thing.
 */
export function fieldIssues(error: z.ZodError): Finding[] {
  const unknown: Finding[] = [];
  const rest: Finding[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        unknown.push({ code: issue.code, path: [...path, key], message: issue.keys.length === 1 ? issue.message : `Unknown field "${key}".` });
    } else {
      rest.push({ code: issue.code, path, message: issue.message });
    }
  }
  const seen = new Set<string>();
  return [...unknown, ...rest].filter((finding) => {
    const key = JSON.stringify(finding.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
