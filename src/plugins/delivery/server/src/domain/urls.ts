/**
 * Public addresses of published documents: the rule itself is shared with the sourcing plugin (src/domain/public-url.ts);
 * what is the delivery plugin's own is checking its configured patterns.
 */
export { documentUrl, fillPath, siteRoot, underSite, type Addressable } from '#domain/public-url';

export const PATH_PLACEHOLDERS = [':year', ':month', ':day', ':slug'] as const;

/** Why a path pattern cannot address documents, or null: it must start with "/" and name the slug. */
export function pathPatternProblem(pattern: unknown): string | null {
  if (typeof pattern !== 'string' || !pattern.startsWith('/')) return 'must be a site path starting with "/"';
  if (!pattern.includes(':slug')) return 'must contain :slug, or two documents would share an address';
  return null;
}
