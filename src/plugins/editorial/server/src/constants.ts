import {
  ARTICLE_UID,
  CATEGORY_UID,
  CORRECTION_COMPONENT,
  FACT_CHECK_UID,
  KICKER_UID,
  REVIEW_FINDING_UID,
  SCHEDULE_UID,
  SECTION_EDITOR_UID,
  SOURCE_UID,
  STAGE_CHANGE_UID,
} from '../../../../domain/uids';
export {
  KICKER_UID,
  CATEGORY_UID,
  ARTICLE_UID,
  FACT_CHECK_UID,
  CORRECTION_COMPONENT,
  SOURCE_UID,
  STAGE_CHANGE_UID,
  SECTION_EDITOR_UID,
  REVIEW_FINDING_UID,
  SCHEDULE_UID,
};
export const PLUGIN_ID = 'editorial';

/** The corrections log's field on articles and fact checks (entries are CORRECTION_COMPONENT). */
export const CORRECTIONS_FIELD = 'corrections';
/** The lock every change to a story's log takes (src/kernel/exclusive.ts), so one change reads what the last one wrote. */
export const correctionsLock = (documentId: string): string => `corrections:${documentId}`;

/** How the import's approval of an archive post reads in the stage history (the importer's batch path writes it too). */
export const IMPORT_APPROVAL = { note: 'Published on the previous site; approved by the import.', name: 'Import' } as const;

/** The Content Manager's own permissions the plugin's routes and rules ask about, per content type. */
export const CONTENT_MANAGER = {
  read: 'plugin::content-manager.explorer.read',
  update: 'plugin::content-manager.explorer.update',
  publish: 'plugin::content-manager.explorer.publish',
} as const;

/** Admin permissions the plugin registers (Settings → Roles → Plugins → Editorial); stage actions come from the config. */
export const ACTIONS = {
  approveKicker: 'plugin::editorial.approve-kicker',
  manageCategories: 'plugin::editorial.manage-categories',
  everySection: 'plugin::editorial.every-section',
} as const;

export const MESSAGES = {
  kickerEmpty: 'A kicker needs a label.',
  kickerTooLong: (limit: number) => `A kicker is at most ${limit} characters: it sits above the headline.`,
  categoryInUse: (name: string, count: number) =>
    `"${name}" still files ${count} article${count === 1 ? '' : 's'}: merge it into another category or reassign its articles first (Editorial → Categories).`,
  kickerInUse: (label: string, count: number) =>
    `"${label}" is the kicker of ${count} article${count === 1 ? '' : 's'}: retire it, or merge it into another kicker (Editorial → Kickers).`,
  mergeCategoryIntoItself: 'A category cannot be merged into itself.',
  mayNotPublish: 'Your role may not publish articles: an editor publishes them once approved.',
  mayNotPublishFactChecks: 'Your role may not publish fact checks.',
  mayNotRead: 'Your role may not read this type.',
  publishOutsideSections: 'You may publish articles only in the sections you edit.',
  unpublishOutsideSections: 'You may unpublish articles only in the sections you edit.',
  categoryMoveOutsideSections: (from: string, to: string | null) =>
    `Moving an article out of "${from}"${to ? ` into "${to}"` : ''} needs rights in both sections: ask an editor who has them, or the chief editor.`,
  readyToPublish: 'Ready to publish.',
  noStageGiven: 'Say which stage to move the article to.',
  movedMeanwhile: 'Someone moved this article meanwhile: reload it and try again.',
  noArticle: 'No such article.',
  noKicker: 'No such kicker.',
  noCategory: 'No such category.',
  noStory: 'No such article or fact check.',
  correctUnpublished: 'Only a published story takes a correction: change the draft itself, and publish it when it is ready.',
} as const;
