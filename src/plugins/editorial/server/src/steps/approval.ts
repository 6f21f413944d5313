import { fieldError } from '#kernel/errors';
import type { Save, Step } from '#kernel/pipeline';
import { currentActor, type Actor } from '../actor';
import { MESSAGES } from '../constants';
import { lapsedStage, lapseNote, visibleChanges, type VisibleDraft } from '../domain/approval';
import { editorialConfig, getService } from '../utils';

// What readers saw of the draft before this save, kept for the steps after the write (not in the memo, which holds what
// is true once the draft is written).
const before = new WeakMap<Save, { actor: Actor; draft: VisibleDraft; lapses: boolean; checkCategory: boolean }>();

/** Reads the visible draft before an edit only when a rule after the write needs it: an approved article, or a section editor. */
export const visibleBeforeEdit: Step = {
  name: 'what readers would see, before the edit',
  owner: 'editorial',
  actions: ['update'],
  async run(save) {
    const { strapi, documentId } = save;
    if (!documentId) return;
    const actor = currentActor(strapi);
    const stages = getService(strapi, 'stages');
    // In-process code (the importer) approves what it writes itself; people and API tokens are held to the approval.
    const approved =
      editorialConfig(strapi).approvalLapses &&
      (actor.user !== null || actor.name !== null) &&
      lapsedStage(stages.list(), (await save.stored())?.stage as string) !== null;
    const checkCategory = stages.isSectionApprover(actor);
    if (!approved && !checkCategory) return;
    const draft = await getService(strapi, 'publishRules').visible(documentId);
    if (!draft) return;
    // Someone who may approve the article themselves approves their own edit by making it.
    const lapses = approved && !(await stages.mayApprove(actor, draft.category?.slug ?? null));
    before.set(save, { actor, draft, lapses, checkCategory });
  },
};

/** A section editor moves an article between categories only with rights in both (filing an uncategorised one is free). */
export const categoryMoveInSections: Step = {
  name: 'category moves need both sections',
  owner: 'editorial',
  actions: ['update'],
  async run(save) {
    const was = before.get(save);
    if (!was?.checkCategory || !save.documentId) return;
    const now = await getService(save.strapi, 'publishRules').visible(save.documentId);
    const [from, to] = [was.draft.category?.slug ?? null, now?.category?.slug ?? null];
    if (!(await getService(save.strapi, 'stages').mayMoveCategory(was.actor, from, to))) {
      throw fieldError('category', MESSAGES.categoryMoveOutsideSections(from ?? '', to));
    }
  },
};

/** An approved article whose reader-visible content changes goes back for review, and its history says who changed what. */
export const approvalLapses: Step = {
  name: 'approval lapses when what readers see changes',
  owner: 'editorial',
  actions: ['update'],
  async run(save) {
    const was = before.get(save);
    if (!was?.lapses || !save.documentId) return;
    const now = await getService(save.strapi, 'publishRules').visible(save.documentId);
    const changes = now ? visibleChanges(was.draft, now) : [];
    const stages = getService(save.strapi, 'stages');
    const back = lapsedStage(stages.list(), (await save.stored())?.stage as string);
    if (changes.length === 0 || !back) return;
    await stages.set(save.documentId, back.id, lapseNote(changes), was.actor);
  },
};
