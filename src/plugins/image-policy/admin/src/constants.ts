import { ACTIONS } from '../../server/src/constants';

export { PLUGIN_ID } from '../../server/src/constants';
export const OVERRIDE_PERMISSION = ACTIONS.override;
export const SETTINGS_PERMISSION = ACTIONS.settings;
