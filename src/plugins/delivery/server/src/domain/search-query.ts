import { z } from 'zod';
import { pageQuery } from './paging';

/** What search covers, by the names its answers give them. */
export const SEARCH_TYPES = ['article', 'fact-check'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const MAX_QUERY_LENGTH = 200;

const QUERY_MESSAGE = `q is the text to search for, 1 to ${MAX_QUERY_LENGTH} characters.`;
const TYPE_MESSAGE = `type lists what to search, comma-separated: ${SEARCH_TYPES.join(', ')}.`;

const isSearchType = (name: string): name is SearchType => (SEARCH_TYPES as readonly string[]).includes(name);

/** `type=article,fact-check`: each name known, at least one; absent means both. */
const types = z
  .string({ error: TYPE_MESSAGE })
  .transform((value, context) => {
    const names = value.split(',').map((name) => name.trim());
    if (!names.every(isSearchType)) {
      context.addIssue({ code: 'custom', message: TYPE_MESSAGE });
      return z.NEVER;
    }
    return [...new Set(names)];
  })
  .default([...SEARCH_TYPES]);

/**
 * `GET /api/search`'s query: `q` given once and not blank (its words are searched literally, whatever syntax they
 * look like), `type`, and `page` and `pageSize` as every delivery list reads them.
 */
export const searchQuery = pageQuery.extend({
  q: z
    .string({ error: QUERY_MESSAGE })
    .max(MAX_QUERY_LENGTH, QUERY_MESSAGE)
    .refine((value) => value.trim() !== '', QUERY_MESSAGE),
  type: types,
});

export type SearchQuery = z.output<typeof searchQuery>;
