import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { bulkDocuments } from '#kernel/bulk-documents/index';
import { createRows } from '#kernel/bulk-documents/chunks';
import { gateFindings, type ArticleInput, type ArticlePlan } from '../domain/article-decision';
import { keptAsDraftLines, needsReviewLines, wouldNotPublishLines } from '../domain/finding-lines';
import { heldImportMoves, publishedImportMoves } from '../domain/import-stages';
import { currentActor } from '../../plugins/editorial/server/src/actor';
import { IMPORT_APPROVAL } from '../../plugins/editorial/server/src/constants';
import { publishedStage, requiredToPublish } from '../../plugins/editorial/server/src/domain/stages';
import { editorialConfig } from '../../plugins/editorial/server/src/utils';
import { reviewRow } from '../../plugins/editorial/server/src/services/review';
import { getService as sourcing } from '../../plugins/sourcing/server/src/utils';
import { writeArticleRows } from './article-rows';
import type { BatchContext } from './batch-context';
import type { FrontMatterEntries } from './records';
import type { ImportMode, WrittenDocument } from './write-document';
import { ARTICLE_UID, HIGHLIGHT_UID, IMPORT_RECORD_UID, REVIEW_FINDING_UID, SOURCE_UID, STAGE_CHANGE_UID } from '#domain/uids';

/** A new article the batch writes in bulk: its import key and digest, what it refers to, and what the rules decided. */
export interface PlannedArticle {
  key: string;
  fingerprint: string;
  frontMatter: FrontMatterEntries | null;
  input: ArticleInput;
  plan: ArticlePlan;
  kicker: string | null;
  category: string | null;
  authors: readonly string[];
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** The draft row and the `isInternal` of each source, which the category rules count by. */
async function draftSources(strapi: Core.Strapi, documentIds: readonly string[]): Promise<Map<string, { id: number; isInternal: boolean }>> {
  if (documentIds.length === 0) return new Map();
  const rows = (await strapi.db.query(SOURCE_UID).findMany({
    where: { documentId: { $in: [...new Set(documentIds)] }, publishedAt: null },
    select: ['id', 'documentId', 'isInternal'],
  })) as Array<{ id: number; documentId: string; isInternal: boolean | null }>;
  return new Map(rows.map((row) => [row.documentId, { id: row.id, isInternal: row.isInternal === true }]));
}

/**
 * Writes a batch of new articles in the caller's transaction, in the order a per-item save writes them: the sources
 * their bodies cite (published first for those the rules let through, so the published copies can point at them), the
 * articles' rows, their highlights (published with their article), the stage history of the published ones and the
 * import records, with the findings worded as the per-item path words them.
 */
export async function writeBatch(
  strapi: Core.Strapi,
  planned: readonly PlannedArticle[],
  context: BatchContext,
  mode: ImportMode,
): Promise<Map<string, WrittenDocument>> {
  const sources = sourcing(strapi, 'sources');
  const sourceIds = await sources.ensureSources(planned.flatMap(({ plan }) => plan.highlights.map((highlight) => highlight.sourceUrl).filter(present)));
  const sourceRows = await draftSources(strapi, [...sourceIds.values()]);
  const decided = planned.map((article) => {
    const highlightSources = article.plan.highlights.map((highlight) => (highlight.sourceUrl ? (sourceIds.get(highlight.sourceUrl) ?? null) : null));
    const linked = [...new Set(highlightSources.filter(present))];
    const cited = linked.filter((documentId) => sourceRows.get(documentId)?.isInternal === false).length;
    const findings = gateFindings(article.plan, article.input, context.rules, cited);
    // What the old site published stays published, its findings listed for review, unless the import holds them back.
    return { ...article, highlightSources, linked, findings, publish: mode === 'publish' || (mode === 'hold' && findings.length === 0) };
  });
  await sources.publishDrafts(decided.filter((article) => article.publish).flatMap((article) => article.linked));

  const stages = editorialConfig(strapi).stages;
  const written = await writeArticleRows(
    strapi,
    decided.map((article) => ({
      fields: {
        ...article.plan.fields,
        // A post the old site published arrives approved even when a publish rule holds it back (heldImportMoves).
        stage: article.publish ? publishedStage(stages).id : mode === 'hold' ? requiredToPublish(stages).id : null,
        // The first publication's date, as the delivery plugin stamps it when the post carries none.
        datePublished: article.plan.fields.datePublished ?? (article.publish ? new Date() : null),
      },
      leadImage: article.plan.leadImage,
      kicker: article.kicker ? (context.kickers.get(article.kicker)?.id ?? null) : null,
      category: article.category ? (context.categories.get(article.category)?.id ?? null) : null,
      authors: article.authors.map((documentId) => context.authors.get(documentId)).filter(present),
      sources: article.linked.map((documentId) => sourceRows.get(documentId)?.id).filter(present),
      publish: article.publish,
    })),
  );

  const highlights = bulkDocuments(strapi, HIGHLIGHT_UID);
  const highlightIds = await highlights.createDrafts(
    decided.flatMap((article, index) =>
      article.plan.highlights.map((highlight, position) => {
        const source = article.highlightSources[position];
        return { data: { ...highlight.fields }, links: { article: written[index].draftId, source: source ? (sourceRows.get(source)?.id ?? null) : null } };
      }),
    ),
  );
  let next = 0;
  const highlightsOf = decided.map((article) => highlightIds.slice(next, (next += article.plan.highlights.length)));
  await highlights.publish(decided.flatMap((article, index) => (article.publish ? highlightsOf[index] : [])));

  const now = new Date();
  const movesOf = (article: { publish: boolean }) => (article.publish ? publishedImportMoves(stages) : mode === 'hold' ? heldImportMoves(stages) : []);
  const publisher = currentActor(strapi).name;
  const stageRows = decided.flatMap((article, index) =>
    movesOf(article).map((move) => ({
      documentId: createId(),
      articleDocumentId: written[index].documentId,
      fromStage: move.from,
      toStage: move.to,
      note: move.byImport ? IMPORT_APPROVAL.note : null,
      userId: null,
      userName: move.byImport ? IMPORT_APPROVAL.name : publisher,
      publishedAt: now,
    })),
  );
  await createRows(strapi.db.query(STAGE_CHANGE_UID), stageRows);

  await createRows(
    strapi.db.query(REVIEW_FINDING_UID),
    decided.flatMap((article, index) =>
      article.publish ? article.findings.map((finding) => reviewRow(ARTICLE_UID, written[index].documentId, finding, 'import')) : [],
    ),
  );
  const findingsOf = decided.map((article) =>
    article.publish ? needsReviewLines(article.findings) : mode === 'hold' ? keptAsDraftLines(article.findings) : wouldNotPublishLines(article.findings),
  );
  await createRows(
    strapi.db.query(IMPORT_RECORD_UID),
    decided.map((article, index) => ({
      documentId: createId(),
      key: article.key,
      contentType: ARTICLE_UID,
      target: written[index].documentId,
      fingerprint: article.fingerprint,
      frontMatter: article.frontMatter,
      findings: findingsOf[index],
      publishedAt: now,
    })),
  );
  return new Map(
    decided.map((article, index) => {
      const after = { highlights: new Map(highlightsOf[index].map((documentId) => [documentId, ''])), sources: article.linked };
      const result: WrittenDocument = {
        outcome: 'created',
        documentId: written[index].documentId,
        findings: findingsOf[index],
        before: { highlights: new Map(), sources: [] },
        after,
      };
      return [article.key, result];
    }),
  );
}
