import type { Core } from '@strapi/strapi';
import type { Finding } from '../domain/findings';
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
}

export interface FactCheckReport {
  citations: Array<{ number: number; note: string | null; source: { documentId: string; url: string; title: string | null } | null }>;
  findings: Finding[];
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
    };
  },
});

export default report;
