import { highlightLinkFindings, highlightSizeFindings } from '../../../server/src/domain/highlight-findings';
import type { MarkRange } from './marks';

/** A highlight the server would refuse on save, where it is written, in the server's own words. */
export interface MarkProblem {
  from: number;
  to: number;
  message: string;
}

/**
 * The save's own rules (`server/src/domain/highlight-findings.ts`) run on each mark as written, so the editor marks a
 * quote before saving with the message the save would give. Site-relative links are taken as the newsroom's own pages,
 * as the server does.
 */
export function markProblems(marks: readonly MarkRange[]): MarkProblem[] {
  return marks.flatMap((mark) => {
    const asFound = [{ exact: mark.quote, linkUrl: mark.href }];
    return [...highlightLinkFindings(asFound, []), ...highlightSizeFindings(asFound)].map((finding) => ({
      from: mark.from,
      to: mark.to,
      message: finding.message,
    }));
  });
}
