import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { attributesOf } from '#kernel/bulk-documents/link-tables';
import { fieldError } from '#kernel/errors';
import type { Save, Step } from '#kernel/pipeline';
import { RELATION_HOLD_CAPS, relationHoldMessage, relationLists } from '#domain/relation-caps';
import { ARTICLE_UID } from '#domain/uids';

const MAX_AUTHORS = RELATION_HOLD_CAPS[ARTICLE_UID].authors;

/** Whether a save's value for a relation adds anything: a `disconnect` alone cannot make a list longer. */
const adds = (value: unknown): boolean => value !== undefined && relationLists(value).some((list) => list.form !== 'disconnect' && list.count > 0);

const rowIdOf = (result: unknown): number | undefined => {
  const id = result && typeof result === 'object' ? (result as { id?: unknown }).id : undefined;
  return typeof id === 'number' ? id : undefined;
};

/**
 * The most authors any article in scope holds once the save is written, when that is over the cap: read in the save's
 * transaction (so the refusal rolls it back) with one grouped statement on the byline link table.
 */
async function bylineOverCap(strapi: Core.Strapi, scope: { article: number } | { author: number }): Promise<number | undefined> {
  const link = attributesOf(strapi, ARTICLE_UID).authors.joinTable;
  if (!link?.inverseJoinColumn) return undefined;
  const article = link.joinColumn.name;
  const author = link.inverseJoinColumn.name;
  const rows = (await strapi.db.transaction(({ trx }: { trx: Knex.Transaction }) => {
    const query = trx(link.name).select(article).count({ held: '*' });
    const scoped =
      'article' in scope ? query.where(article, scope.article) : query.whereIn(article, trx(link.name).select(article).where(author, scope.author));
    return scoped.groupBy(article).havingRaw('count(*) > ?', [MAX_AUTHORS]).orderBy('held', 'desc').limit(1);
  })) as Array<{ held: number | string }>;
  return rows[0] ? Number(rows[0].held) : undefined;
}

/** Connecting bylines a few at a time cannot make a byline list longer than its cap: counted after the write. */
export const bylineCap: Step = {
  name: 'bylines within their cap',
  owner: 'app',
  async run({ strapi, data, result }: Save) {
    const id = rowIdOf(result);
    if (!adds(data?.authors) || id === undefined) return;
    const held = await bylineOverCap(strapi, { article: id });
    if (held !== undefined) throw fieldError('authors', relationHoldMessage('authors', held, MAX_AUTHORS));
  },
};

/** The same cap, reached from the author's side: an author connected to articles may not push one past it. */
export const bylineCapFromAuthor: Step = {
  name: 'bylines within their cap',
  owner: 'app',
  async run({ strapi, data, result }: Save) {
    const id = rowIdOf(result);
    if (!adds(data?.articles) || id === undefined) return;
    const held = await bylineOverCap(strapi, { author: id });
    if (held !== undefined) throw fieldError('articles', relationHoldMessage('An article in articles: its authors', held, MAX_AUTHORS));
  },
};
