import type { Finding } from '#domain/finding';

/**
 * The lines an import record and the summary keep for a document that was not published, worded as the per-item path
 * words them: a refused publish lists the refusal's field errors (as describeErrors writes them) and then what every
 * gate reports, without repeats.
 */
export function keptAsDraftLines(findings: readonly Finding[]): string[] {
  const refusal = findings.map((finding) => `${finding.path.join('.') || 'document'}: ${finding.message}`);
  const reported = findings.map((finding) => `${finding.path.join('.')}: ${finding.message}`);
  return [...new Set([...refusal, ...reported])].map((reason) => `kept as a draft, not published: ${reason}`);
}

/** An import asked for drafts: what would keep each from being published, as the gates report it. */
export function wouldNotPublishLines(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `would not be published: ${finding.path.join('.')}: ${finding.message}`);
}

/** A post the old site published, kept published although a rule finds something: the newsroom reviews it. */
export function needsReviewLines(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `published, needs review: ${finding.path.join('.')}: ${finding.message}`);
}
