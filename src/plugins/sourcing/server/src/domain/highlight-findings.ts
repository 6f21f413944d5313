import { MESSAGES } from '../constants';
import type { ExtractedMark } from './extract-highlights';
import type { Finding } from './findings';
import { classifyHref } from './link-target';

/**
 * A highlight that links somewhere must link to a page a reader can open: an http(s) address or a page of the
 * newsroom's own site. A mailto:, ftp: or relative link, or a template tag left unresolved, blocks publication.
 */
export function highlightLinkFindings(marks: readonly Pick<ExtractedMark, 'exact' | 'linkUrl'>[], siteUrls: readonly string[]): Finding[] {
  return marks
    .filter((mark) => mark.linkUrl !== null && !['web', 'site'].includes(classifyHref(mark.linkUrl, siteUrls).kind))
    .map((mark) => ({
      code: 'highlight-link-not-web',
      path: ['body'],
      message: MESSAGES.highlightLinkNotWeb(mark.exact.trim(), mark.linkUrl ?? ''),
    }));
}
