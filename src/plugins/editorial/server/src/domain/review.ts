/**
 * The newsroom's "Needs review" list: documents published although a publish rule finds something in them (the import
 * keeps online what the old site published), grouped per document, with how many documents each rule concerns. Pure:
 * no Strapi import.
 */

export interface ReviewRow {
  contentType: string;
  target: string;
  gate: string;
  code: string;
  path: string | null;
  message: string | null;
  origin: string;
  createdAt: string;
}

export interface ReviewFinding {
  gate: string;
  code: string;
  path: string;
  message: string;
}

export interface ReviewItem {
  contentType: string;
  documentId: string;
  /** Where the findings come from ("import"), and since when they stand. */
  origin: string;
  since: string;
  findings: ReviewFinding[];
}

/** A rule as the list's filter offers it: the gate that holds it, its code, and how many documents break it. */
export interface RuleCount {
  gate: string;
  code: string;
  documents: number;
}

export interface ReviewFilter {
  gate?: string;
  code?: string;
}

const findingOf = (row: ReviewRow): ReviewFinding => ({ gate: row.gate, code: row.code, path: row.path ?? '', message: row.message ?? '' });

/** The rows grouped per document, oldest finding first (the archive's order), and the documents per rule. */
export function groupReview(rows: readonly ReviewRow[]): { items: ReviewItem[]; rules: RuleCount[] } {
  const items = new Map<string, ReviewItem>();
  const rules = new Map<string, RuleCount & { targets: Set<string> }>();
  const ordered = [...rows].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.target.localeCompare(b.target));
  for (const row of ordered) {
    const item = items.get(row.target) ?? { contentType: row.contentType, documentId: row.target, origin: row.origin, since: row.createdAt, findings: [] };
    item.findings.push(findingOf(row));
    items.set(row.target, item);
    const key = `${row.gate}\u0000${row.code}`;
    const rule = rules.get(key) ?? { gate: row.gate, code: row.code, documents: 0, targets: new Set<string>() };
    rule.targets.add(row.target);
    rule.documents = rule.targets.size;
    rules.set(key, rule);
  }
  const counts = [...rules.values()].map(({ gate, code, documents }) => ({ gate, code, documents }));
  counts.sort((a, b) => b.documents - a.documents || a.gate.localeCompare(b.gate) || a.code.localeCompare(b.code));
  return { items: [...items.values()], rules: counts };
}

/** The documents one rule (or one gate's rules) concerns; every one without a filter. */
export function filterReview(items: readonly ReviewItem[], filter: ReviewFilter): ReviewItem[] {
  return items.filter((item) =>
    item.findings.some((finding) => (!filter.gate || finding.gate === filter.gate) && (!filter.code || finding.code === filter.code)),
  );
}
