/**
 * Public addresses of published documents. An imported article keeps the permalink of the site it came from, so old
 * links and new feeds agree; other documents get the configured pattern, where `:year`, `:month`, `:day` come from the
 * first publication date (in UTC, as Jekyll wrote them) and `:slug` from the document.
 */
export interface Addressable {
  slug: string;
  permalink?: string | null;
  datePublished: string;
}

export const PATH_PLACEHOLDERS = [':year', ':month', ':day', ':slug'] as const;

export function siteRoot(siteUrl: string): string {
  return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}

/** The absolute URL of a site path under the site root (which may itself sit below a path, as on GitHub Pages). */
export function underSite(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), siteRoot(siteUrl)).toString();
}

export function fillPath(pattern: string, document: Addressable): string {
  const date = new Date(document.datePublished);
  const two = (value: number) => String(value).padStart(2, '0');
  return pattern
    .replace(':year', String(date.getUTCFullYear()))
    .replace(':month', two(date.getUTCMonth() + 1))
    .replace(':day', two(date.getUTCDate()))
    .replace(':slug', encodeURIComponent(document.slug));
}

export function documentUrl(siteUrl: string, pattern: string, document: Addressable): string {
  return underSite(siteUrl, document.permalink || fillPath(pattern, document));
}

/** Why a path pattern cannot address documents, or null: it must start with "/" and name the slug. */
export function pathPatternProblem(pattern: unknown): string | null {
  if (typeof pattern !== 'string' || !pattern.startsWith('/')) return 'must be a site path starting with "/"';
  if (!pattern.includes(':slug')) return 'must contain :slug, or two documents would share an address';
  return null;
}
