import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { linkedDocumentIds, PUBLISHED_WITH, withoutPublishedWith, type DraftRelationCounts, type PublishedRelation } from './domain/published-with';

interface DocumentManager {
  countDraftRelations(documentId: string, uid: string, locale?: string): Promise<DraftRelationCounts>;
  /** The list view's bulk publish: one total over the documents. */
  countManyEntriesDraftRelations(documentIds: string[], uid: string, locale?: string): Promise<number>;
}

interface RelationAttribute {
  type: string;
  target?: string;
  component?: string;
}

function attributeOf(strapi: Core.Strapi, uid: string, relation: PublishedRelation): { model: string; attribute: RelationAttribute } | null {
  const model = strapi.getModel(uid as never) as unknown as { attributes: Record<string, RelationAttribute> };
  if (!relation.within) return model.attributes[relation.field] ? { model: uid, attribute: model.attributes[relation.field] } : null;
  const component = model.attributes[relation.within]?.component;
  const schema = component ? (strapi.getModel(component as never) as unknown as { attributes: Record<string, RelationAttribute> }) : null;
  return component && schema?.attributes[relation.field] ? { model: component, attribute: schema.attributes[relation.field] } : null;
}

/**
 * What the Content Manager counted for the relations the plugin publishes itself: the draft's links to documents that
 * have no published version, read the way the Content Manager reads them (visible relations to draft rows).
 */
async function countPublishedWith(strapi: Core.Strapi, documentId: string, uid: string, locale?: string): Promise<DraftRelationCounts> {
  const relations = (PUBLISHED_WITH[uid] ?? []).filter((relation) => {
    const found = attributeOf(strapi, uid, relation);
    return found?.attribute.target && contentTypes.isVisibleAttribute(strapi.getModel(found.model as never) as never, relation.field);
  });
  if (relations.length === 0) return { unpublishedRelations: 0, draftM2mLinks: 0 };
  const drafts = { fields: ['documentId'], filters: { publishedAt: { $null: true } } };
  const populate: Record<string, unknown> = {};
  for (const relation of relations) {
    if (relation.within) populate[relation.within] = { populate: { [relation.field]: drafts } };
    else populate[relation.field] = drafts;
  }
  const draft = (await strapi.documents(uid as never).findOne({ documentId, locale, populate } as never)) as Record<string, unknown> | null;
  const counts = { unpublishedRelations: 0, draftM2mLinks: 0 };
  if (!draft) return counts;
  for (const relation of relations) {
    const target = attributeOf(strapi, uid, relation)?.attribute.target as string;
    const linked = linkedDocumentIds(draft, relation);
    if (linked.length === 0) continue;
    const published = await strapi.db
      .query(target)
      .findMany({ where: { documentId: { $in: linked }, publishedAt: { $notNull: true } }, select: ['documentId'] });
    const out = new Set(published.map((row: { documentId: string }) => row.documentId));
    const unpublished = linked.filter((id) => !out.has(id)).length;
    if (relation.manyToMany) counts.draftM2mLinks += unpublished;
    else counts.unpublishedRelations += unpublished;
  }
  return counts;
}

/**
 * The Content Manager asks the server how many draft relations a document has before publishing it (and the list
 * view's bulk publish, how many its documents have), and warns "Publish without relations" when there are any. The
 * highlights and sources the plugin publishes with the document are not left behind, so the answer leaves them out:
 * the warning shows only for relations an editor must publish.
 */
export function answerDraftRelationsForPublishedWith(strapi: Core.Strapi): void {
  const manager = strapi.plugin('content-manager')?.service('document-manager') as DocumentManager | undefined;
  if (!manager) return;
  const counted = manager.countDraftRelations.bind(manager);
  manager.countDraftRelations = async (documentId, uid, locale) => {
    const counts = await counted(documentId, uid, locale);
    if (!PUBLISHED_WITH[uid] || (counts.unpublishedRelations === 0 && counts.draftM2mLinks === 0)) return counts;
    return withoutPublishedWith(counts, await countPublishedWith(strapi, documentId, uid, locale));
  };
  const countedMany = manager.countManyEntriesDraftRelations.bind(manager);
  manager.countManyEntriesDraftRelations = async (documentIds, uid, locale) => {
    const total = await countedMany(documentIds, uid, locale);
    if (!PUBLISHED_WITH[uid] || total === 0) return total;
    let ours = 0;
    for (const documentId of new Set(documentIds)) {
      const counts = await countPublishedWith(strapi, documentId, uid, locale);
      ours += counts.unpublishedRelations + counts.draftM2mLinks;
    }
    return Math.max(0, total - ours);
  };
}
