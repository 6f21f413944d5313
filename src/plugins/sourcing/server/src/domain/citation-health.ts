/** How far a fact check's citation list is from publishable, in three counts for the list view. */
export interface CitationHealth {
  /** Numbers in the citation list (every number the text cites is listed on save). */
  cited: number;
  /** Numbers cited with no Source attached, or not listed at all. */
  withoutSource: number;
  /** Sources listed under a number the text never cites. */
  neverCited: number;
}

const WITHOUT_SOURCE = new Set<string>(['citation-without-source', 'citation-not-listed']);

/** The counts behind "11 cited, 2 without source", from a fact check's citation list and what the rules found in it. */
export function citationHealth(citations: readonly unknown[], findings: readonly { code: string }[]): CitationHealth {
  return {
    cited: citations.length,
    withoutSource: findings.filter((finding) => WITHOUT_SOURCE.has(finding.code)).length,
    neverCited: findings.filter((finding) => finding.code === 'source-never-cited').length,
  };
}
