import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;

/** A whole number from 1 to `max`, as a query string gives it ("3", not "3.0", "+3" or a list), or `fallback` when absent. */
const whole = (max: number, fallback: number, message: string) =>
  z
    .string({ error: message })
    .regex(/^\d{1,9}$/, message)
    .transform(Number)
    .pipe(z.number().min(1, message).max(max, message))
    .default(fallback);

/** `page` and `pageSize` from a query string: whole numbers from 1, the size bounded so a list stays one cheap read. */
export const pageQuery = z.object({
  page: whole(Number.MAX_SAFE_INTEGER, 1, 'page is a whole number from 1.'),
  pageSize: whole(MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, `pageSize is a whole number from 1 to ${MAX_PAGE_SIZE}.`),
});

export type Page = z.output<typeof pageQuery>;
