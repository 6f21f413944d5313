import type { Core } from '@strapi/strapi';
import { FACT_CHECK_TEXT_FIELDS, FACT_CHECK_UID } from '../constants';
import { citationFindings, citationListNeedsCompleting, citedNumbersIn, citingTexts, completeCitationList, type FactCheckTexts } from '../domain/citations';
import type { Finding } from '../domain/findings';
import { getService } from '../utils';

export interface CitationRow {
  number: number;
  note?: string | null;
  source: { documentId: string; url: string; title?: string | null } | null;
}

export interface FactCheckDraft extends FactCheckTexts {
  citations: CitationRow[];
}

export function findingsOf(draft: FactCheckDraft): Finding[] {
  const entries = (draft.citations ?? []).map((citation) => ({ number: citation.number, hasSource: !!citation.source }));
  return citationFindings(citingTexts(draft), entries);
}

function citedSourcesOf(draft: FactCheckDraft): string[] {
  return (draft.citations ?? []).map((citation) => citation.source?.documentId).filter((id): id is string => !!id);
}

/** Keeps a fact check's numbered citation list complete and its integrity checked. */
const factCheckSourcing = ({ strapi }: { strapi: Core.Strapi }) => ({
  async draft(documentId: string): Promise<FactCheckDraft | null> {
    const draft = await strapi.documents(FACT_CHECK_UID).findOne({
      documentId,
      status: 'draft',
      populate: { sections: true, citations: { populate: { source: { fields: ['url', 'title'] } } } },
    });
    return (draft as unknown as FactCheckDraft | null) ?? null;
  },

  /**
   * Before a save: adds an empty citation for every number the text cites that the list lacks, in number order. The
   * text and list are the ones being saved, or the stored ones for what the save does not send.
   */
  async completeCitations(data: Record<string, unknown>, documentId?: string): Promise<void> {
    const sendsText = [...FACT_CHECK_TEXT_FIELDS, 'sections', 'citations'].some((field) => data[field] !== undefined);
    if (!sendsText) return;
    const saved = documentId ? await this.draft(documentId) : null;
    const merged: FactCheckTexts = {};
    for (const field of [...FACT_CHECK_TEXT_FIELDS, 'sections'] as const) merged[field] = data[field] ?? saved?.[field];
    const cited = citedNumbersIn(citingTexts(merged));
    const entries = Array.isArray(data.citations)
      ? (data.citations as Array<{ number: unknown }>)
      : (saved?.citations ?? []).map(({ number, note, source }) => ({ number, note, source: source?.documentId ?? null }));
    if (citationListNeedsCompleting(entries, cited)) data.citations = completeCitationList(entries, cited);
  },

  /** What blocks publishing the saved draft, and the sources its citations stand for, from one read of it. */
  async check(documentId: string): Promise<{ findings: Finding[]; citedSources: string[] }> {
    const draft = await this.draft(documentId);
    return draft ? { findings: findingsOf(draft), citedSources: citedSourcesOf(draft) } : { findings: [], citedSources: [] };
  },

  /** After a save: the fact check's list of sources is the sources its citations stand for. */
  async linkSources(documentId: string): Promise<void> {
    const draft = await this.draft(documentId);
    await getService(strapi, 'sources').linkDraft(FACT_CHECK_UID, documentId, draft ? citedSourcesOf(draft) : []);
  },
});

export type FactCheckSourcingService = ReturnType<typeof factCheckSourcing>;
export default factCheckSourcing;
