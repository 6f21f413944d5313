import type { Core } from '@strapi/strapi';
import { bulkDocuments, type DraftChange } from '../../../../../kernel/bulk-documents';
import { ARTICLE_UID, HIGHLIGHT_UID, SOURCE_UID } from '../constants';
import type { HighlightPlan, StoredHighlight } from '../domain/reconcile-highlights';

export interface HighlightPlanWrite {
  articleDocumentId: string;
  plan: HighlightPlan;
  stored: ReadonlyArray<StoredHighlight & { source: { documentId: string } | null }>;
  /** The Source (documentId) a link written in the body stands for; null for no link or one that is not a source. */
  sourceOf: (linkUrl: string | null) => string | null;
}

/** Draft row ids by documentId: a draft's relations point at the drafts of what they name, as a draft save does. */
async function draftRowIds(strapi: Core.Strapi, uid: typeof ARTICLE_UID | typeof SOURCE_UID, documentIds: readonly string[]): Promise<Map<string, number>> {
  if (documentIds.length === 0) return new Map();
  const rows = (await strapi.db
    .query(uid)
    .findMany({ where: { documentId: { $in: [...new Set(documentIds)] }, publishedAt: null }, select: ['id', 'documentId'] })) as Array<{ id: number; documentId: string }>;
  return new Map(rows.map((row) => [row.documentId, row.id]));
}

/**
 * Writes a re-anchoring plan to an article's highlight drafts in bulk: the new ones created together and linked to the
 * article's draft and their sources' drafts, the moved ones updated (and re-linked when their source changed), the
 * removed ones deleted with any published version.
 */
export async function writeHighlightPlan(strapi: Core.Strapi, { articleDocumentId, plan, stored, sourceOf }: HighlightPlanWrite): Promise<void> {
  const storedSource = new Map(stored.map((row) => [row.documentId, row.source?.documentId ?? null]));
  const changes: DraftChange[] = [];
  const relinked = new Map<string, string | null>();
  for (const { documentId, mark, changes: fields } of plan.update) {
    const source = mark ? sourceOf(mark.linkUrl) : (storedSource.get(documentId) ?? null);
    const sourceChanged = source !== (storedSource.get(documentId) ?? null);
    if (Object.keys(fields).length === 0 && !sourceChanged) continue;
    if (sourceChanged) relinked.set(documentId, source);
    changes.push({ documentId, data: { ...fields } });
  }
  const newSources = plan.create.map((fields) => sourceOf(fields.linkUrl));
  const wanted = [...newSources, ...relinked.values()].filter((id): id is string => id !== null);
  const sourceIds = await draftRowIds(strapi, SOURCE_UID, wanted);
  const articleIds = await draftRowIds(strapi, ARTICLE_UID, plan.create.length > 0 ? [articleDocumentId] : []);
  const sourceRow = (documentId: string | null): number | null => (documentId ? (sourceIds.get(documentId) ?? null) : null);

  const highlights = bulkDocuments(strapi, HIGHLIGHT_UID);
  await highlights.createDrafts(
    plan.create.map((fields, index) => ({
      data: { ...fields },
      links: { article: articleIds.get(articleDocumentId) ?? null, source: sourceRow(newSources[index]) },
    })),
  );
  await highlights.updateDrafts(
    changes.map((change) => (relinked.has(change.documentId) ? { ...change, links: { source: sourceRow(relinked.get(change.documentId) ?? null) } } : change)),
  );
  await highlights.remove(plan.remove);
}
