import { ACTIONS } from '../../server/src/constants';

export { PLUGIN_ID } from '../../server/src/constants';
export const SETTINGS_PERMISSION = ACTIONS.settings;

/** How long the panel waits after the last keystroke before checking again: typing stays smooth on a long body. */
export const CHECK_DELAY_MS = 300;
