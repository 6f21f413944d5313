/**
 * The relations the sourcing plugin publishes itself when their document is published (steps/article-sourcing.ts,
 * steps/fact-check-sourcing.ts): an article's highlights and the sources they cite, a fact check's cited sources. The
 * Content Manager's "Publish without relations" warning counts draft relations; these must not count, since none of
 * them is left behind as a draft. Pure: no Strapi import.
 */

/** One relation: a field of the document, or a field of each item of a component list (`citations` → `source`). */
export interface PublishedRelation {
  field: string;
  /** For a relation inside a repeatable component: the component field holding it. */
  within?: string;
  /** Counted by the Content Manager as a draft many-to-many link rather than as a relation left unpublished. */
  manyToMany: boolean;
}

export const PUBLISHED_WITH: Record<string, readonly PublishedRelation[]> = {
  'api::article.article': [
    { field: 'highlights', manyToMany: false },
    { field: 'sources', manyToMany: true },
  ],
  'api::fact-check.fact-check': [
    { field: 'sources', manyToMany: true },
    { field: 'source', within: 'citations', manyToMany: false },
  ],
};

export interface DraftRelationCounts {
  unpublishedRelations: number;
  draftM2mLinks: number;
}

type Linked = { documentId?: unknown } | null | undefined;

/** The documentIds a draft links to through one relation, as populated (one per link, repeats kept: the warning counts links). */
export function linkedDocumentIds(draft: Record<string, unknown>, relation: PublishedRelation): string[] {
  const holders = relation.within ? (Array.isArray(draft[relation.within]) ? (draft[relation.within] as Array<Record<string, unknown>>) : []) : [draft];
  return holders.flatMap((holder) => {
    const value = holder?.[relation.field] as Linked | Linked[];
    const links = Array.isArray(value) ? value : [value];
    return links.flatMap((link) => (link && typeof link.documentId === 'string' ? [link.documentId] : []));
  });
}

/** The Content Manager's counts less the links to drafts the plugin publishes itself (never below zero). */
export function withoutPublishedWith(counts: DraftRelationCounts, ours: DraftRelationCounts): DraftRelationCounts {
  return {
    unpublishedRelations: Math.max(0, counts.unpublishedRelations - ours.unpublishedRelations),
    draftM2mLinks: Math.max(0, counts.draftM2mLinks - ours.draftM2mLinks),
  };
}
