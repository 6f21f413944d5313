import type { Core } from '@strapi/strapi';
import { listTags } from '../domain/dependency-tags';
import type { SearchQuery, SearchType } from '../domain/search-query';
import { snippetOf } from '../domain/search-snippet';
import { queryWords } from '../domain/search-text';
import { documentUrl } from '../domain/urls';
import { readerOf } from '#kernel/reader';
import { JSON_TYPE, type Rendered } from '../respond';
import type { SearchHit } from '../search/engine';
import { engineFor, prepareIndex, reindex, SEARCHED } from '../search/index-sync';
import { ARTICLE_UID, FACT_CHECK_UID } from '../constants';
import { deliveryConfig, getService } from '../utils';

/** Written documents by type; null for a write that could not name them. */
export type Written = Map<string, Set<string> | null>;

/** Query parameters a search answer depends on, beside the page: kept in the cache key, not treated as a cache-buster. */
export const SEARCH_PARAMETERS = ['q', 'type'];

/**
 * Search answers show articles and fact checks, so any write to either drops them; and they read the index, which
 * follows a write a moment after its commit, so the index's own tag drops them again then, and nothing else.
 */
const INDEX_TAG = 'search:index';
const TAGS = [...listTags([ARTICLE_UID, FACT_CHECK_UID]), INDEX_TAG];

/**
 * Archive search over published articles and fact checks: the plugin's own index table (search/), kept in step after
 * every committed write, answered ranked with snippets and cached like the lists.
 */
const search = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = deliveryConfig(strapi);
  const pending = new Set<Promise<void>>();

  const typeOf = (uid: string): SearchType => (uid === ARTICLE_UID ? 'article' : 'fact-check');

  function shown(hit: SearchHit, words: readonly string[]) {
    const path = hit.uid === ARTICLE_UID ? config.articlePath : config.factCheckPath;
    return {
      type: typeOf(hit.uid),
      documentId: hit.documentId,
      slug: hit.slug,
      title: hit.title,
      url: documentUrl(config.site.siteUrl, path, hit),
      datePublished: hit.datePublished,
      snippet: snippetOf(hit.text, words),
      score: hit.score,
    };
  }

  /** Re-reads the written documents into the index; then drops what was cached meanwhile, here and on every instance. */
  async function refresh(written: Written): Promise<void> {
    for (const [uid, documentIds] of written) await reindex(strapi, uid, documentIds ? [...documentIds] : null);
    getService(strapi, 'cache').committed([INDEX_TAG]);
  }

  /** Resolves once the index has followed every write committed so far on this instance. */
  const settled = async (): Promise<void> => {
    await Promise.all([...pending]);
  };

  return {
    prepare: () => prepareIndex(strapi),
    settled,

    /** Writes committed: the index follows at once, after the commit (its reads see what was committed). */
    committed(written: Written): void {
      const work = refresh(written).catch((error: Error) => {
        // The rows' update times now differ from the index's, so the next boot rebuilds what this missed.
        strapi.log.warn(`delivery: the search index could not follow a write (${error.message}).`);
      });
      pending.add(work);
      void work.finally(() => pending.delete(work));
    },

    async find({ q, type, page, pageSize }: SearchQuery): Promise<Rendered> {
      // A read after a write on this instance sees it: the write's reindex may still be running.
      await settled();
      const words = queryWords(q);
      const uids = SEARCHED.filter((source) => type.includes(source.type)).map((source) => source.uid);
      const found =
        words.length === 0
          ? { total: 0, hits: [] }
          : await engineFor(strapi).search(await readerOf(strapi), { words, uids, offset: (page - 1) * pageSize, limit: pageSize });
      const body = {
        data: found.hits.map((hit) => shown(hit, words)),
        meta: { query: q, pagination: { page, pageSize, pageCount: Math.ceil(found.total / pageSize), total: found.total } },
      };
      return { body, type: JSON_TYPE, tags: TAGS, parameters: SEARCH_PARAMETERS };
    },
  };
};

export default search;
