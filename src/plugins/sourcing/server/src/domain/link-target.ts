import { normalizeSourceUrl } from './source-url';

/**
 * Where a link in a body leads:
 * - `web`: an absolute http(s) address;
 * - `site`: a path on the newsroom's own site ("/newsletter"), resolved against its first site root when one is set;
 * - `fragment`: a place on the same page ("#notes");
 * - `other`: anything else (mailto:, ftp:, a relative path, an unresolved template tag), which a reader cannot follow.
 */
export type LinkTarget = { kind: 'web'; url: string; isInternal: boolean } | { kind: 'site'; url: string | null } | { kind: 'fragment' } | { kind: 'other' };

function joinSitePath(path: string, siteRoot: string): string {
  const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
  return new URL(path.replace(/^\/+/, ''), root).toString();
}

export function classifyHref(href: string, siteUrls: readonly string[] = []): LinkTarget {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return { kind: 'fragment' };
  if (/^\/(?!\/)/.test(trimmed)) {
    return { kind: 'site', url: siteUrls.length > 0 ? joinSitePath(trimmed, siteUrls[0]) : null };
  }
  const normalized = normalizeSourceUrl(trimmed, siteUrls);
  if (!normalized.ok) return { kind: 'other' };
  return { kind: 'web', url: trimmed, isInternal: normalized.isInternal };
}

/** The address a Source is kept under for this link, or null when the link cannot be a source. */
export function sourceUrlOf(target: LinkTarget): string | null {
  if (target.kind === 'web') return target.url;
  if (target.kind === 'site') return target.url;
  return null;
}
