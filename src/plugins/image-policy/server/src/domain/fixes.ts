import { namedAiTool } from './ai-tools';
import { textOf, type LeadImage } from './lead-image';
import type { FindingCode, PolicyFinding } from './policy';
import type { PolicySettings } from './settings';

export type FixName = 'placeholder-caption' | 'disclosure-line';

const FIX_FOR: Partial<Record<FindingCode, FixName>> = {
  'placeholder-caption': 'placeholder-caption',
  'ai-disclosure-missing': 'disclosure-line',
};

/** The one-click fixes that resolve some of the findings. */
export function fixesFor(findings: readonly PolicyFinding[]): FixName[] {
  return [...new Set(findings.flatMap((finding) => FIX_FOR[finding.code] ?? []))];
}

/** The disclosure line for this image: the configured line naming the tool the credit names, or "AI". */
export function disclosureLine(image: LeadImage, settings: PolicySettings): string {
  return settings.disclosureLine.replace(/\{tool\}/g, namedAiTool(image.credit, settings.aiTools) ?? 'AI');
}

/**
 * The image with a fix applied: the standard placeholder caption, or the caption followed by the disclosure line. Only
 * the caption changes; everything the editor wrote elsewhere stays.
 */
export function applyFix(image: LeadImage, fix: FixName, settings: PolicySettings): LeadImage {
  if (fix === 'placeholder-caption') return { ...image, caption: settings.placeholderCaption };
  const line = disclosureLine(image, settings);
  const current = textOf(image.caption);
  const caption = current === null ? line : `${current.trim()} ${line}`;
  return { ...image, caption };
}
