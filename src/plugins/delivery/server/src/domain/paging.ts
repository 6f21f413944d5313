export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;

export type PageRequest = { ok: true; page: number; pageSize: number } | { ok: false; path: 'page' | 'pageSize'; message: string };

function whole(value: unknown, fallback: number, max: number): number | null {
  if (value === undefined) return fallback;
  const number = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  return number >= 1 && number <= max ? number : null;
}

/** `page` and `pageSize` from a query string: whole numbers from 1, the size bounded so a list stays one cheap read. */
export function readPage(query: { page?: unknown; pageSize?: unknown }): PageRequest {
  const page = whole(query.page, 1, Number.MAX_SAFE_INTEGER);
  if (page === null) return { ok: false, path: 'page', message: 'page is a whole number from 1.' };
  const pageSize = whole(query.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  if (pageSize === null) return { ok: false, path: 'pageSize', message: `pageSize is a whole number from 1 to ${MAX_PAGE_SIZE}.` };
  return { ok: true, page, pageSize };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs are lower-case words joined by hyphens; anything else cannot name a document and is answered 404 at once. */
export const isSlug = (value: unknown): value is string => typeof value === 'string' && value.length <= 200 && SLUG.test(value);
