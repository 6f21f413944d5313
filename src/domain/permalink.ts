const MAX_PATH = 2048;

/**
 * The spellings of one site path a stored permalink may have: with and without its trailing slash, query and fragment
 * dropped, and the `index.html` a static host serves for a pretty URL (`/2026/02/19/kfor-downscaling` and
 * `/2026/02/19/kfor-downscaling/index.html` find `/2026/02/19/kfor-downscaling/`). Null for anything that is not a
 * site-relative path.
 */
export function permalinkVariants(input: string): string[] | null {
  if (input.length > MAX_PATH || !input.startsWith('/') || input.startsWith('//')) return null;
  const bare = input.replace(/[?#].*$/, '').replace(/\/index\.html$/, '/');
  if (bare === '/') return null;
  const trimmed = bare.replace(/\/+$/, '');
  return [trimmed, `${trimmed}/`];
}
