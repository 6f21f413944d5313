import type { GateFinding } from '../../../../../domain/finding';

/**
 * The admin panel's answer to "would publishing this be refused, and by which rules?". Pure: no Strapi import.
 * `held` findings are ones no edit of the form can clear (the stage is moved in its panel, rights in Settings), so the
 * Publish button stays disabled for them even while the form has unsaved changes; the others may be fixed by the very
 * save the Publish button makes first.
 */
export interface PublishCheck {
  refused: boolean;
  findings: Array<GateFinding & { held: boolean }>;
}

export const RIGHTS_GATE = 'editorial';
export const MAY_NOT_PUBLISH = 'may-not-publish';

// Codes of findings that only a stage move or a role can clear.
const HELD_CODES = new Set(['stage-not-approved', MAY_NOT_PUBLISH]);

/**
 * Every gate's findings, and the actor's right to publish when it refuses on a ground no gate already gave (the stage
 * verdict repeats the editorial gate's stage finding word for word, so that one is not listed twice).
 */
export function publishCheck(findings: readonly GateFinding[], rights: { allowed: boolean; message: string }): PublishCheck {
  const said = new Set(findings.map((finding) => finding.message));
  const refusedRight = !rights.allowed && !said.has(rights.message);
  const all: GateFinding[] = refusedRight ? [{ gate: RIGHTS_GATE, code: MAY_NOT_PUBLISH, path: [], message: rights.message }, ...findings] : [...findings];
  return { refused: all.length > 0, findings: all.map((finding) => ({ ...finding, held: HELD_CODES.has(finding.code) })) };
}
