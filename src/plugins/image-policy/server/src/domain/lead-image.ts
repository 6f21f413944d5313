export const IMAGE_ORIGINS = ['photograph', 'ai-generated', 'ai-placeholder', 'illustration', 'none'] as const;
export type ImageOrigin = (typeof IMAGE_ORIGINS)[number];

/** The lead-image component as the document service receives it; unknown keys (ids, admin keys) pass through. */
export interface LeadImage {
  file?: unknown;
  url?: string | null;
  caption?: string | null;
  credit?: string | null;
  origin?: ImageOrigin | null;
  [key: string]: unknown;
}

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

export function hasPicture(image: LeadImage): boolean {
  return Boolean(image.file) || !blank(image.url);
}

/**
 * An article without a picture shows the newsroom's AI-made pixel-art placeholder, so its origin is "ai-placeholder"
 * and, unless the editor wrote one, its caption is the standard placeholder caption. An editor who chose "none" (no
 * image at all) or another origin is not overruled.
 */
export function withPlaceholderDefaults(image: LeadImage | null | undefined, placeholderCaption: string): LeadImage {
  const current: LeadImage = image ?? {};
  if (hasPicture(current)) return current;
  if (current.origin && current.origin !== 'ai-placeholder') return current;
  return {
    ...current,
    origin: 'ai-placeholder',
    caption: blank(current.caption) ? placeholderCaption : current.caption,
  };
}
