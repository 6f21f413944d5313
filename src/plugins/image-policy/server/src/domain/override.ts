import { z } from 'zod';
import { fileIdOf, textOf, type LeadImage } from './lead-image';
import type { PolicyFinding } from './policy';

/** The parts of a lead image an override was granted for. */
export interface OverriddenImage {
  origin: string | null;
  caption: string | null;
  credit: string | null;
  url: string | null;
  file: number | null;
}

const trimmed = (value: unknown): string | null => textOf(value)?.trim() ?? null;

export function overriddenImage(image: LeadImage | null | undefined): OverriddenImage {
  const current: LeadImage = image ?? {};
  return {
    origin: trimmed(current.origin),
    caption: trimmed(current.caption),
    credit: trimmed(current.credit),
    url: trimmed(current.url),
    file: fileIdOf(current.file),
  };
}

export interface RecordedOverride {
  image: OverriddenImage;
  codes: string[];
}

/**
 * An override answers for one image as it was when someone wrote down why it may be published: the same picture,
 * caption, credit and origin, and no finding it did not see. Change any of them and the policy judges afresh.
 */
export function overrideCovers(override: RecordedOverride, image: LeadImage | null | undefined, findings: readonly PolicyFinding[]): boolean {
  const current = overriddenImage(image);
  const sameImage = (Object.keys(current) as Array<keyof OverriddenImage>).every((key) => current[key] === override.image[key]);
  return sameImage && findings.every((finding) => override.codes.includes(finding.code));
}

export const MIN_REASON = 10;
export const MAX_REASON = 1000;

const REASON = `Say in ${MIN_REASON} to ${MAX_REASON} characters why this image may be published as it is.`;

/** An override's reason, as it will be stored (trimmed): 10 to 1,000 characters. */
export const overrideReason = z.string({ error: REASON }).trim().min(MIN_REASON, REASON).max(MAX_REASON, REASON);
