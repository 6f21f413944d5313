import type { DocumentRef } from './domain/dependency-tags';
import type { ArticleDocument, FactCheckDocument, Related } from './shape';
import { ARTICLE_UID, AUTHOR_UID, CATEGORY_UID, FACT_CHECK_UID, FILE_UID, HIGHLIGHT_UID, KICKER_UID, SOURCE_UID } from './constants';

/** The documents a response shows, named for its cache tags: a write to any of them drops it. */
const ref =
  (uid: string) =>
  (related: Related | null | undefined): DocumentRef[] =>
    related?.documentId ? [{ uid, documentId: related.documentId }] : [];

/** Every document an article's response shows, for its cache tags. */
export function articleRefs(article: ArticleDocument): DocumentRef[] {
  return [
    ...ref(ARTICLE_UID)(article),
    ...ref(KICKER_UID)(article.kicker),
    ...ref(CATEGORY_UID)(article.category),
    ...(article.authors ?? []).flatMap(ref(AUTHOR_UID)),
    ...ref(FILE_UID)(article.leadImage?.file),
    ...(article.highlights ?? []).flatMap((highlight) => [...ref(HIGHLIGHT_UID)(highlight), ...ref(SOURCE_UID)(highlight.source)]),
    ...(article.sources ?? []).flatMap(ref(SOURCE_UID)),
  ];
}

export function factCheckRefs(factCheck: FactCheckDocument): DocumentRef[] {
  return [
    ...ref(FACT_CHECK_UID)(factCheck),
    ...(factCheck.citations ?? []).flatMap((citation) => ref(SOURCE_UID)(citation.source)),
    ...(factCheck.sources ?? []).flatMap(ref(SOURCE_UID)),
  ];
}
