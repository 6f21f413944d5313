import { holding, reading, signedIn } from '#kernel/admin-routes';
import { ACTIONS, ARTICLE_UID, CONTENT_MANAGER, CATEGORY_UID, FACT_CHECK_UID, KICKER_UID } from '../constants';

const correcting = (uid: string): Array<[string, string]> => [
  [CONTENT_MANAGER.update, uid],
  [CONTENT_MANAGER.publish, uid],
];

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/config', handler: 'admin.config', config: signedIn() },
      { method: 'GET', path: '/kickers/suggestions', handler: 'admin.kickerSuggestions', config: holding(reading(ARTICLE_UID)) },
      { method: 'GET', path: '/kickers', handler: 'admin.kickers', config: holding(reading(KICKER_UID)) },
      { method: 'PUT', path: '/kickers/:documentId/state', handler: 'admin.setKickerState', config: holding(ACTIONS.approveKicker) },
      { method: 'PUT', path: '/kickers/:documentId/label', handler: 'admin.renameKicker', config: holding(ACTIONS.approveKicker) },
      { method: 'POST', path: '/kickers/:documentId/merge', handler: 'admin.mergeKicker', config: holding(ACTIONS.approveKicker) },
      { method: 'GET', path: '/categories', handler: 'admin.categories', config: holding(reading(CATEGORY_UID)) },
      { method: 'GET', path: '/section-editors', handler: 'admin.sectionEditorCandidates', config: holding(ACTIONS.manageCategories) },
      { method: 'POST', path: '/categories/:documentId/merge', handler: 'admin.mergeCategory', config: holding(ACTIONS.manageCategories) },
      { method: 'POST', path: '/categories/:documentId/reassign', handler: 'admin.reassignCategory', config: holding(ACTIONS.manageCategories) },
      { method: 'PUT', path: '/categories/:documentId/editors', handler: 'admin.setSectionEditors', config: holding(ACTIONS.manageCategories) },
      // The dashboard's "In review" and "In my sections": who may read articles sees them listed.
      { method: 'GET', path: '/desk', handler: 'admin.desk', config: holding(reading(ARTICLE_UID)) },
      { method: 'GET', path: '/review', handler: 'admin.review', config: holding(reading(ARTICLE_UID)) },
      // The list view's Stage column: the stages of the articles on the page.
      { method: 'GET', path: '/articles/stages', handler: 'admin.stagesOf', config: holding(reading(ARTICLE_UID)) },
      // What would refuse a publish now (the Publish button, the Publishing panel); reading the type is checked inside.
      { method: 'GET', path: '/publish-check/:type/:documentId', handler: 'admin.publishCheck', config: signedIn() },
      { method: 'GET', path: '/articles/:documentId/stage', handler: 'admin.stage', config: holding(reading(ARTICLE_UID)) },
      // Which moves the user may make is decided per move by the stage table; reading the article is the way in.
      { method: 'POST', path: '/articles/:documentId/stage', handler: 'admin.moveStage', config: holding(reading(ARTICLE_UID)) },
      // A correction is saved and published at once: who may do both to the story may add one.
      { method: 'POST', path: '/articles/:documentId/corrections', handler: 'admin.correctArticle', config: holding(...correcting(ARTICLE_UID)) },
      { method: 'POST', path: '/fact-checks/:documentId/corrections', handler: 'admin.correctFactCheck', config: holding(...correcting(FACT_CHECK_UID)) },
      // Reading the type is the way in; setting a time needs the rights the Publish button needs (services/schedules.ts).
      { method: 'GET', path: '/schedules', handler: 'schedules.list', config: signedIn() },
      { method: 'GET', path: '/schedules/:type/:documentId', handler: 'schedules.view', config: signedIn() },
      { method: 'PUT', path: '/schedules/:type/:documentId', handler: 'schedules.set', config: signedIn() },
      { method: 'DELETE', path: '/schedules/:type/:documentId', handler: 'schedules.cancel', config: signedIn() },
    ],
  },
};
