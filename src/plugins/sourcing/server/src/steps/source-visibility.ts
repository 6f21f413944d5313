import type { Save, Step } from '#kernel/pipeline';
import { ARTICLE_UID, FACT_CHECK_UID } from '#domain/uids';
import { getService } from '../utils';

// The sources the published version cited before the write, which the write may leave uncited. Read before the write
// (a publish replaces the published version, an unpublish or a delete removes it) and kept for the step after it.
const CITED_BEFORE = 'sourcing:published-citations-before';

const citedBefore = (save: Save & { documentId: string }) =>
  save.memo(CITED_BEFORE, () =>
    getService(save.strapi, 'sources').publishedCitations(save.uid === FACT_CHECK_UID ? FACT_CHECK_UID : ARTICLE_UID, save.documentId),
  );

/** Before a publish, unpublish or delete: what the published version cites, for withdrawUncitedSources. */
export const rememberPublishedCitations: Step = {
  name: 'what the published version cites',
  owner: 'sourcing',
  actions: ['publish', 'unpublish', 'delete'],
  async run(save) {
    if (save.documentId) await citedBefore({ ...save, documentId: save.documentId });
  },
};

/** A source nothing published cites any more is withdrawn from readers (see sourcesToWithdraw). */
export const withdrawUncitedSources: Step = {
  name: 'withdraw the sources nothing published cites',
  owner: 'sourcing',
  actions: ['publish', 'unpublish', 'delete'],
  async run(save) {
    if (save.documentId) await getService(save.strapi, 'sources').withdrawUncited(await citedBefore({ ...save, documentId: save.documentId }));
  },
};
