export { ACTIONS, ARTICLE_UID, CATEGORY_UID, KICKER_UID, PLUGIN_ID } from '../../server/src/constants';
