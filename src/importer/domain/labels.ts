import { toSlug } from '#domain/slug';

/**
 * Posts write the same category or kicker in different case ("politics", "Politics"): one slug, one record. Its label
 * is the spelling with the most capitals among those seen (the editor's casing, as typed in the most careful post), or
 * the lone lower-case spelling with its first letter raised. Ties keep the first seen, so a re-run picks the same.
 */
export function preferredLabels(spellings: Iterable<string>): Map<string, string> {
  const best = new Map<string, string>();
  const capitals = (label: string) => (label.match(/\p{Lu}/gu) ?? []).length;
  for (const spelling of spellings) {
    const slug = toSlug(spelling);
    if (!slug) continue;
    const current = best.get(slug);
    if (current === undefined || capitals(spelling) > capitals(current)) best.set(slug, spelling);
  }
  for (const [slug, label] of best) {
    if (capitals(label) === 0) best.set(slug, label.charAt(0).toUpperCase() + label.slice(1));
  }
  return best;
}
