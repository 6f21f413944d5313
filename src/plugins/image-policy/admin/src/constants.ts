import { ACTIONS } from '../../server/src/constants';
import type { ImageOrigin } from '../../server/src/domain/origins';

export { PLUGIN_ID } from '../../server/src/constants';
export const OVERRIDE_PERMISSION = ACTIONS.override;
export const SETTINGS_PERMISSION = ACTIONS.settings;

export const ORIGIN_LABELS: Record<ImageOrigin, string> = {
  photograph: 'photograph',
  'ai-generated': 'AI-generated',
  'ai-placeholder': 'AI placeholder (pixel art)',
  illustration: 'illustration',
  none: 'no image',
};
