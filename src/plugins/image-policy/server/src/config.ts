import { STANDARD_PLACEHOLDER_CAPTION } from './constants';

export interface ImagePolicyConfig {
  /** Caption given to the placeholder shown when an article has no lead image. */
  placeholderCaption: string;
}

export const DEFAULT_CONFIG: ImagePolicyConfig = {
  placeholderCaption: STANDARD_PLACEHOLDER_CAPTION,
};

export function validateConfig(config: Partial<ImagePolicyConfig>): void {
  const { placeholderCaption } = { ...DEFAULT_CONFIG, ...config };
  if (typeof placeholderCaption !== 'string' || !placeholderCaption.trim()) {
    throw new Error('image-policy: placeholderCaption must be a non-empty string.');
  }
}

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};
