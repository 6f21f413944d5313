/**
 * Public addresses of published documents on the newsroom's site, shared by the delivery plugin (pages, feeds,
 * sitemaps, JSON-LD) and the sourcing plugin (the page an annotation targets), so both name a page the same way. An
 * imported article keeps the permalink of the site it came from, so old links and new feeds agree; other documents get
 * the configured pattern, where `:year`, `:month`, `:day` come from the first publication date (in UTC, as Jekyll wrote
 * them) and `:slug` from the document. Pure: no Strapi import.
 */
export interface Addressable {
  slug: string;
  permalink?: string | null;
  datePublished: string;
}

/** Where an article lives on the site unless configured otherwise: the Jekyll default the newsroom's site used. */
export const DEFAULT_ARTICLE_PATH = '/:year/:month/:day/:slug/';

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
