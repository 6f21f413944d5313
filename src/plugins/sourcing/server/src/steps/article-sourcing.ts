import type { PublishGate, Save, Step } from '#kernel/pipeline';
import { getService } from '../utils';

const articleSourcing = ({ strapi }: Save) => getService(strapi, 'articleSourcing');

// Publishing reads the draft's highlights for its sources before the write and to publish them after it: the article's
// own publish does not change them, so once is enough.
const draftHighlights = (save: Save & { documentId: string }) => save.memo('sourcing:highlights', () => articleSourcing(save).highlights(save.documentId));

// The marks of the draft's body, as the save that wrote it found them: a save-and-publish's publish judges them.
const DRAFT_MARKS = 'sourcing:marks';

// A clone or a discarded draft gets a body without sending one, so it is read again the same way.
const changesBody = ({ action, data }: Save): boolean => action !== 'update' || data?.body !== undefined;

/** Every save that changes the body re-derives its highlights and sources from it (see the sourcing README). */
export const deriveHighlights: Step = {
  name: 'highlights and sources from the body',
  owner: 'sourcing',
  actions: ['create', 'update', 'clone', 'discardDraft'],
  async run(save) {
    if (!save.documentId || !changesBody(save)) return;
    // The body just written, as the shaping steps left it; a clone or a discarded draft has none at hand.
    const body = save.action === 'create' || save.action === 'update' ? save.data?.body : undefined;
    const marks = await articleSourcing(save).sync(save.documentId, typeof body === 'string' ? body : undefined);
    await save.memo(DRAFT_MARKS, async () => marks);
  },
};

/** Publishing is refused while a highlight links where a reader cannot follow. */
export const articleSourcingGate: PublishGate = {
  name: 'sourcing',
  owner: 'sourcing',
  async findings({ strapi, documentId, memo }) {
    const service = getService(strapi, 'articleSourcing');
    return service.findings(documentId, await memo(DRAFT_MARKS, () => service.draftMarks(documentId)));
  },
};

/** The sources the draft cites go out before it, so its published version can point at them. */
export const publishArticleSources: Step = {
  name: 'publish the cited sources',
  owner: 'sourcing',
  actions: ['publish'],
  async run(save) {
    if (!save.documentId) return;
    const rows = await draftHighlights({ ...save, documentId: save.documentId });
    const unpublished = rows.flatMap(({ source }) => (source && !source.published ? [source.documentId] : []));
    await getService(save.strapi, 'sources').publishDrafts(unpublished);
  },
};

/**
 * Highlights follow their article: published with it (an orphaned one withdrawn), withdrawn when it is unpublished,
 * deleted before it is.
 */
export const highlightsFollowArticle: Step = {
  name: 'highlights follow the article',
  owner: 'sourcing',
  actions: ['publish', 'unpublish'],
  async run(save) {
    if (!save.documentId) return;
    const service = articleSourcing(save);
    if (save.action === 'unpublish') return service.unpublishHighlights(save.documentId);
    await service.publishHighlights(save.documentId, await draftHighlights({ ...save, documentId: save.documentId }));
  },
};

export const deleteHighlights: Step = {
  name: 'delete the highlights',
  owner: 'sourcing',
  actions: ['delete'],
  async run(save) {
    if (save.documentId) await articleSourcing(save).deleteHighlights(save.documentId);
  },
};
