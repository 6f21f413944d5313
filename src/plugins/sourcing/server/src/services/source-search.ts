import type { Core } from '@strapi/strapi';
import { SOURCE_UID } from '../constants';
import type { SourceChoice } from '../domain/source-choice';
import { normalizeSourceUrl } from '../domain/source-url';
import { getService } from '../utils';

export interface SourceQuery {
  /** Words typed into a picker: matched against title, host, publisher and address. */
  q?: string;
  /** A pasted address: normalized as saves do, so the Source it would become is found when it exists. */
  url?: string;
  limit: number;
}

const FIELDS = ['documentId', 'title', 'host', 'url', 'publisher'] as const;

/** Finding existing Sources for the editor's pickers (body editor, citation rows). */
const sourceSearch = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(query: SourceQuery): Promise<{ sources: SourceChoice[]; normalizedUrl: string | null; urlProblem: string | null }> {
    // Every Source has a draft row, published or not; reading those gives each Source once, as editors last saved it.
    const where: Record<string, unknown>[] = [{ publishedAt: null }];
    let normalizedUrl: string | null = null;
    if (query.url !== undefined) {
      const result = normalizeSourceUrl(query.url, getService(strapi, 'sources').siteUrls());
      if (!result.ok) return { sources: [], normalizedUrl: null, urlProblem: result.message };
      normalizedUrl = result.url;
      where.push({ url: result.url });
    }
    const words = (query.q ?? '').trim();
    if (words) where.push({ $or: ['title', 'host', 'publisher', 'url'].map((field) => ({ [field]: { $containsi: words } })) });
    const rows = (await strapi.db.query(SOURCE_UID).findMany({
      where: { $and: where },
      select: [...FIELDS],
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
      limit: query.limit,
    })) as SourceChoice[];
    return { sources: rows.map((row) => ({ ...row, title: row.title || null, publisher: row.publisher || null })), normalizedUrl, urlProblem: null };
  },
});

export default sourceSearch;
