import type { Core } from '@strapi/strapi';
import { publishRefusals } from '#kernel/publish-check';
import { ARTICLE_UID, FACT_CHECK_UID } from '../constants';
import type { Finding } from '../domain/findings';
import { otherRulesOnPublishing, type OtherRules } from '../domain/other-rules';
import { getService } from '../utils';
import { findingsOf } from './fact-check-sourcing';

export interface ArticleReport {
  highlights: Array<{
    documentId: string;
    exact: string;
    colour: string;
    anchorState: string;
    start: number | null;
    linkUrl: string | null;
    source: { documentId: string; url: string; isInternal: boolean } | null;
  }>;
  findings: Finding[];
  /** What other rules say: those about the article's sources (a section's rule), and whether any other refuses. */
  otherRules: OtherRules;
}

export interface FactCheckReport {
  citations: Array<{ number: number; note: string | null; source: { documentId: string; url: string; title: string | null } | null }>;
  findings: Finding[];
  otherRules: OtherRules;
}

/** What the editor's side panel shows: the draft's highlights or citations, their sources, and what blocks publishing. */
const report = ({ strapi }: { strapi: Core.Strapi }) => ({
  async article(documentId: string): Promise<ArticleReport> {
    const service = getService(strapi, 'articleSourcing');
    const rows = await service.highlights(documentId);
    return {
      // A highlight whose mark was taken away is not the draft's any more; readers keep it until the next publish.
      highlights: rows
        .filter((row) => row.anchorState !== 'removed')
        .map(({ documentId: id, exact, colour, anchorState, start, linkUrl, source }) => ({
          documentId: id,
          exact,
          colour,
          anchorState,
          start,
          linkUrl,
          source: source ? { documentId: source.documentId, url: source.url, isInternal: source.isInternal } : null,
        })),
      findings: await service.findings(documentId),
      otherRules: otherRulesOnPublishing(await publishRefusals(strapi, ARTICLE_UID, documentId)),
    };
  },

  async factCheck(documentId: string): Promise<FactCheckReport> {
    const draft = await getService(strapi, 'factCheckSourcing').draft(documentId);
    return {
      citations: (draft?.citations ?? []).map(({ number, note, source }) => ({
        number,
        note: note ?? null,
        source: source ? { documentId: source.documentId, url: source.url, title: source.title ?? null } : null,
      })),
      findings: draft ? findingsOf(draft) : [],
      otherRules: otherRulesOnPublishing(draft ? await publishRefusals(strapi, FACT_CHECK_UID, documentId) : []),
    };
  },
});

export default report;
