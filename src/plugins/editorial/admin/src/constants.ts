import { ACTIONS, ARTICLE_UID, CATEGORY_UID, CONTENT_MANAGER, KICKER_UID } from '../../server/src/constants';

export { ARTICLE_UID, FACT_CHECK_UID, PLUGIN_ID } from '../../server/src/constants';
export type { KickerView } from '../../server/src/services/kickers';
export type { CategoryView } from '../../server/src/services/categories';
export type { ReviewPage } from '../../server/src/services/review';
export type { ReviewFinding, RuleCount } from '../../server/src/domain/review';
export type { KickerState } from '../../server/src/domain/kicker-state';

export const READ_KICKERS = [{ action: CONTENT_MANAGER.read, subject: KICKER_UID }];
export const READ_CATEGORIES = [{ action: CONTENT_MANAGER.read, subject: CATEGORY_UID }];
export const READ_ARTICLES = [{ action: CONTENT_MANAGER.read, subject: ARTICLE_UID }];
// useRBAC names its answers after the action: `canApproveKicker`, `canManageCategories`.
export const APPROVE_KICKERS = [{ action: ACTIONS.approveKicker, subject: null }];
export const MANAGE_CATEGORIES = [{ action: ACTIONS.manageCategories, subject: null }];
