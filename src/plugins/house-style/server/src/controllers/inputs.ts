import { z } from 'zod';
import { body } from '#kernel/validate';
import { MAX_MARKDOWN, MAX_TITLE } from '../constants';
import { settingsPatch } from '../domain/settings';

const text = (field: string, max: number) =>
  z.string({ error: `Send the ${field} as a string.` }).max(max, `The ${field} is at most ${max.toLocaleString('en-GB')} characters.`);

/**
 * What the house-style admin routes read from a request, as zod schemas: controllers/house-style.ts parses with these;
 * a value that does not parse is a 400 naming its field. The body is capped (MAX_MARKDOWN) so one request cannot make
 * the check run for long.
 */
export const INPUTS = {
  check: body({
    markdown: text('markdown', MAX_MARKDOWN),
    title: text('title', MAX_TITLE).optional(),
    deck: text('deck', MAX_TITLE).optional(),
  }),
  settings: settingsPatch,
} as const;
