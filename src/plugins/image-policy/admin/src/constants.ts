import type { ImageOrigin } from '../../server/src/domain/origins';

export const PLUGIN_ID = 'image-policy';
export const OVERRIDE_PERMISSION = 'plugin::image-policy.override';
export const SETTINGS_PERMISSION = 'plugin::image-policy.settings';

export const ORIGIN_LABELS: Record<ImageOrigin, string> = {
  photograph: 'photograph',
  'ai-generated': 'AI-generated',
  'ai-placeholder': 'AI placeholder (pixel art)',
  illustration: 'illustration',
  none: 'no image',
};
