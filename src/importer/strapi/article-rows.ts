import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { createId } from '@paralleldrive/cuid2';
import { errors } from '@strapi/utils';
import { insertSingleComponents } from '#kernel/bulk-documents/components';
import { publishedIdsOf, tableOf, type LinkRow } from '#kernel/bulk-documents/link-tables';
import { copyLinks, orderedLink, planLinks, type OrderedLink } from '#kernel/bulk-documents/relations';
import { createRows, insertRows } from '#kernel/bulk-documents/chunks';
import { ARTICLE_UID, SOURCE_UID } from '#domain/uids';

/** One new article as the batch writes it: what the pipeline would store, and the rows it links to. */
export interface ArticleRows {
  fields: Record<string, unknown>;
  leadImage: Record<string, unknown>;
  kicker: number | null;
  category: number | null;
  authors: readonly number[];
  /** The draft rows of the sources its body cites, in the order it first cites them. */
  sources: readonly number[];
  publish: boolean;
}

export interface WrittenArticle {
  documentId: string;
  draftId: number;
}

const RELATIONS = ['kicker', 'category', 'authors', 'sources'] as const;

function relatedRows(article: ArticleRows, relation: (typeof RELATIONS)[number]): readonly number[] {
  if (relation === 'kicker' || relation === 'category') return article[relation] === null ? [] : [article[relation] as number];
  return article[relation];
}

async function rowIds(trx: Knex.Transaction, table: string, documentIds: readonly string[], published: boolean): Promise<number[]> {
  const query = trx(table)
    .select('id', 'document_id')
    .whereIn('document_id', [...documentIds]);
  const rows = (await (published ? query.whereNotNull('published_at') : query.whereNull('published_at'))) as LinkRow[];
  const ids = new Map(rows.map((row) => [String(row.document_id), Number(row.id)]));
  return documentIds.map((documentId) => {
    const id = ids.get(documentId);
    if (id === undefined) throw new errors.NotFoundError(`The article ${documentId} was not written.`);
    return id;
  });
}

/**
 * Writes new articles as a document-service create (and, for those to publish, a publish) would leave them, many at a
 * time: draft rows, published copies keeping the draft's fields and timestamps, a lead-image component for each row,
 * and the link rows of kicker, category, authors and sources in the places Strapi gives them. The cited sources must
 * already have published versions for the articles to publish: a published article links to published sources.
 */
export async function writeArticleRows(strapi: Core.Strapi, articles: readonly ArticleRows[]): Promise<WrittenArticle[]> {
  if (articles.length === 0) return [];
  return strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    const query = strapi.db.query(ARTICLE_UID);
    const documentIds = articles.map(() => createId());
    const now = new Date();
    const row = (index: number, publishedAt: Date | null) => ({
      ...articles[index].fields,
      documentId: documentIds[index],
      createdAt: now,
      updatedAt: now,
      publishedAt,
    });

    await createRows(
      query,
      articles.map((_, index) => row(index, null)),
    );
    const table = tableOf(strapi, ARTICLE_UID);
    const drafts = await rowIds(trx, table, documentIds, false);
    await insertSingleComponents(
      strapi,
      trx,
      ARTICLE_UID,
      'leadImage',
      articles.map((article, index) => ({ own: drafts[index], data: article.leadImage })),
    );
    const planned: Array<{ relation: string; link: OrderedLink; rows: LinkRow[] }> = [];
    for (const relation of RELATIONS) {
      const link = orderedLink(strapi, ARTICLE_UID, relation);
      const rows = await planLinks(
        trx,
        link,
        articles.map((article, index) => ({ own: drafts[index], others: relatedRows(article, relation) })),
      );
      await insertRows(trx, link.table, rows);
      planned.push({ relation, link, rows });
    }

    const toPublish = articles.flatMap((article, index) => (article.publish ? [index] : []));
    if (toPublish.length > 0) {
      await createRows(
        query,
        toPublish.map((index) => row(index, new Date())),
      );
      const published = await rowIds(
        trx,
        table,
        toPublish.map((index) => documentIds[index]),
        true,
      );
      const ownOf = new Map(toPublish.map((index, position) => [drafts[index], published[position]]));
      await insertSingleComponents(
        strapi,
        trx,
        ARTICLE_UID,
        'leadImage',
        toPublish.map((index, position) => ({ own: published[position], data: articles[index].leadImage })),
      );
      const sourceDrafts = toPublish.flatMap((index) => articles[index].sources);
      const publishedSources = new Map([...(await publishedIdsOf(trx, tableOf(strapi, SOURCE_UID), sourceDrafts))].map(([draft, id]) => [Number(draft), id]));
      for (const { relation, link, rows } of planned) {
        await insertRows(trx, link.table, copyLinks(link, rows, ownOf, relation === 'sources' ? publishedSources : undefined));
      }
    }
    return documentIds.map((documentId, index) => ({ documentId, draftId: drafts[index] }));
  });
}
