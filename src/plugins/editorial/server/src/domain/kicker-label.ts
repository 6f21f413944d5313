import { toSlug } from '../../../../../domain/slug';
import { MESSAGES } from '../constants';

export type KickerLabelResult = { ok: true; label: string; slug: string } | { ok: false; message: string };

/**
 * A kicker's label as stored: whitespace collapsed, the editor's casing kept. Its slug always follows the label, because
 * the slug is the kicker's identity: "Nato 3.0" and "NATO 3.0" are one kicker.
 */
export function normalizeKickerLabel(raw: string, hardLimit: number): KickerLabelResult {
  const label = raw.replace(/\s+/g, ' ').trim();
  const slug = toSlug(label);
  if (!label || !slug) return { ok: false, message: MESSAGES.kickerEmpty };
  if (label.length > hardLimit) return { ok: false, message: MESSAGES.kickerTooLong(hardLimit) };
  return { ok: true, label, slug };
}
