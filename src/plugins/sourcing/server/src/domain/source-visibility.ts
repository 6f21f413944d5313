/**
 * A Source is shown to readers while something published cites it. It goes out with the first article or fact check
 * citing it that is published (a reporter's draft linking to an embargoed address shows readers nothing), and it is
 * withdrawn when a published version stops citing it — a new version without the link, an unpublish, a delete — and
 * nothing else published still does. Only losing a citer withdraws a source: one an editor published by hand, cited by
 * nothing, stays out.
 *
 * `citedBefore`: the sources the published version cited before the save; `stillPublished`: those of them that are
 * published now; `stillCited`: those of them something published cites after the save. Answers the ones to withdraw.
 */
export function sourcesToWithdraw(citedBefore: Iterable<string>, stillPublished: ReadonlySet<string>, stillCited: ReadonlySet<string>): string[] {
  return [...new Set(citedBefore)].filter((documentId) => stillPublished.has(documentId) && !stillCited.has(documentId));
}
