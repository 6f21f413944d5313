import { MAX_LINK_LENGTH, MAX_QUOTE_LENGTH, MESSAGES } from '../constants';
import type { Finding } from './findings';
import { classifyHref } from './link-target';

/**
 * A mark's quoted words and link, as extraction finds them (`ExtractedMark`) or the admin panel's body editor reads them
 * from the text being written: declared here so the editor can run these rules without the server's Markdown reader.
 */
export interface QuotedMark {
  exact: string;
  linkUrl: string | null;
}

/**
 * A highlight that links somewhere must link to a page a reader can open: an http(s) address or a page of the
 * newsroom's own site. A mailto:, ftp: or relative link, or a template tag left unresolved, blocks publication.
 */
export function highlightLinkFindings(marks: readonly QuotedMark[], siteUrls: readonly string[]): Finding[] {
  return marks
    .filter((mark) => mark.linkUrl !== null && !['web', 'site'].includes(classifyHref(mark.linkUrl, siteUrls).kind))
    .map((mark) => ({
      code: 'highlight-link-not-web',
      path: ['body'],
      message: MESSAGES.highlightLinkNotWeb(mark.exact.trim(), mark.linkUrl ?? ''),
    }));
}

/** Marks a Highlight cannot hold: a quote or a link beyond its limits. Checked on every save, reported on the body. */
export function highlightSizeFindings(marks: readonly QuotedMark[]): Finding[] {
  const findings: Finding[] = [];
  for (const mark of marks) {
    if (mark.exact.length > MAX_QUOTE_LENGTH) {
      findings.push({ code: 'quote-too-long', path: ['body'], message: MESSAGES.quoteTooLong(mark.exact.slice(0, 40).trim()) });
    } else if ((mark.linkUrl ?? '').length > MAX_LINK_LENGTH) {
      findings.push({ code: 'link-too-long', path: ['body'], message: MESSAGES.linkTooLong(mark.exact.slice(0, 80).trim()) });
    }
  }
  return findings;
}
