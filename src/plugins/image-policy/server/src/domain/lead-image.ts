import { namedAiTool } from './ai-tools';
import { isImageOrigin, originOfDigitalSourceType, type ImageOrigin } from './origins';

/** The lead-image component as the document service receives it; unknown keys (ids, admin keys) pass through. */
export interface LeadImage {
  file?: unknown;
  url?: string | null;
  caption?: string | null;
  credit?: string | null;
  origin?: ImageOrigin | null;
  [key: string]: unknown;
}

/** The text of a field, or null when it is empty or only whitespace. */
export const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The id of the uploaded file a lead image points at, in any of the shapes the document service accepts. */
export function fileIdOf(file: unknown): number | null {
  if (typeof file === 'number' && Number.isInteger(file)) return file;
  if (typeof file === 'string' && /^\d+$/.test(file)) return Number(file);
  if (typeof file === 'object' && file !== null && typeof (file as { id?: unknown }).id === 'number') return (file as { id: number }).id;
  return null;
}

export function hasPicture(image: LeadImage): boolean {
  return Boolean(image.file) || textOf(image.url) !== null;
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
    caption: textOf(current.caption) ?? placeholderCaption,
  };
}

export interface OriginEvidence {
  /** The Digital Source Type embedded in the uploaded file's XMP, when it has one. */
  embeddedSourceType?: string | null;
  /** The configured AI tools; a credit naming one marks the image as AI-generated. */
  aiTools: readonly string[];
}

/**
 * The origin of a picture the editor left unset: what the file says about itself first (its embedded IPTC Digital
 * Source Type), then a credit naming an AI tool. A human-looking credit proves nothing (photograph or illustration?),
 * so the origin stays unset and the policy asks the editor.
 */
export function inferOrigin(image: LeadImage, evidence: OriginEvidence): ImageOrigin | null {
  if (isImageOrigin(image.origin)) return image.origin;
  const embedded = evidence.embeddedSourceType ? originOfDigitalSourceType(evidence.embeddedSourceType) : null;
  if (embedded) return embedded;
  return namedAiTool(image.credit, evidence.aiTools) ? 'ai-generated' : null;
}
