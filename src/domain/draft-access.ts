/** The publication states the Content API understands; Strapi treats any other value as "draft" (strapi/strapi#21388). */
export const READ_STATUSES = ['draft', 'published'] as const;

/** The auth strategy Strapi names for a Content API token (Settings → API Tokens). */
export const API_TOKEN_STRATEGY = 'content-api-token';

/**
 * Whether a Content API caller may read drafts: API tokens only (previews). Public and signed-in readers, and routes
 * that authenticate nobody, see published content only.
 */
export function canReadDrafts(authStrategy: string | undefined): boolean {
  return authStrategy === API_TOKEN_STRATEGY;
}

export type DraftAccessProblem = { kind: 'invalid'; message: string } | { kind: 'forbidden'; message: string };

/**
 * Strapi 5 hands draft versions to any caller allowed to `find` who adds `?status=draft` (strapi/strapi#25326). Readers of
 * the Content API, Public or signed-in, see published content only; drafts are for previews, which frontends fetch with
 * an API token.
 */
export function draftAccessProblem(status: unknown, authStrategy: string | undefined): DraftAccessProblem | null {
  if (status === undefined || status === 'published') return null;
  if (typeof status !== 'string' || !(READ_STATUSES as readonly string[]).includes(status)) {
    return { kind: 'invalid', message: 'status must be "published" or "draft".' };
  }
  if (canReadDrafts(authStrategy)) return null;
  return { kind: 'forbidden', message: 'Drafts are readable only with an API token (status=draft).' };
}
