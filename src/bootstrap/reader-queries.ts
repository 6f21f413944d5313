import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { canReadDrafts } from '#domain/draft-access';
import { readerQuery, ReaderQueryRefusal, type ReaderSchema } from '#domain/reader-queries';

interface Auth {
  strategy?: { name?: string };
}

type SanitizeQuery = (query: Record<string, unknown>, schema: unknown, options?: { auth?: unknown }) => Promise<Record<string, unknown>>;

// Shaped like Strapi's own refusal of a query key (`Invalid key …`). A PolicyError keeps its message where a
// ForbiddenError raised after the authorize step would be answered as a bare "Forbidden".
function refusal(error: ReaderQueryRefusal): Error {
  const details = { key: error.path.split('.').pop(), path: error.path, source: 'query', param: error.param };
  return error.kind === 'drafts' ? new errors.PolicyError(error.message, details) : new errors.ValidationError(error.message, details);
}

/**
 * Readers see published work only, whichever relation their query crosses (src/domain/reader-queries.ts says how).
 *
 * Decided where every Content API query is read: Strapi's query sanitizer, which every controller that takes
 * `filters`, `sort` or `populate` from a caller must call (the core controllers, the kicker controller, plugins), and
 * which knows the caller. Public and signed-in readers (users-permissions) and routes that authenticate nobody get the
 * rule; API tokens read drafts for previews and keep the whole query; the admin panel and the app's own reads never
 * pass here. Not a document-service middleware: that would also narrow the app's own reads (the delivery plugin shows
 * a retired kicker's archive, a preview shows a draft's highlights), and a caller's query is the only one that can be
 * turned into an oracle. The delivery routes take no filters, sorts or populates from their callers.
 */
export function keepDraftsFromReaderQueries(strapi: Core.Strapi): void {
  const sanitize = strapi.contentAPI.sanitize as unknown as { query: SanitizeQuery };
  const sanitizeQuery = sanitize.query;
  const schemaOf = (uid: string) => strapi.getModel(uid as never) as unknown as ReaderSchema | undefined;
  sanitize.query = async (query, schema, options) => {
    const sanitized = await sanitizeQuery(query, schema, options);
    if (canReadDrafts((options?.auth as Auth | undefined)?.strategy?.name)) return sanitized;
    try {
      return readerQuery(sanitized, schema as ReaderSchema, schemaOf);
    } catch (error) {
      throw error instanceof ReaderQueryRefusal ? refusal(error) : error;
    }
  };
}
