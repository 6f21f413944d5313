/**
 * What the demo's editor does to one imported fact check so it can be published: choose the source each numbered
 * citation stands for, rate the claim, and take out the reference token the desk's drafting tool leaked. Pure: the glue
 * that reads and saves through the document service is scripts/demo/fact-check.ts.
 *
 * The archive's text files carry the citation numbers but not the desk's source list (see docs/importing.md), so the
 * sources below are demo stand-ins: public pages chosen for what each numbered sentence says (two are the archive's own
 * KFOR article's sources), not the desk's list, and not checked against the live pages from this offline machine.
 */
import { FACT_CHECK_TEXT_FIELDS } from '../../src/plugins/sourcing/server/src/constants';
import { leakedTokens } from '../../src/plugins/sourcing/server/src/domain/citations';
import type { Verdict } from '../../src/plugins/delivery/server/src/domain/types';

export interface CitedSource {
  number: number;
  url: string;
  title: string;
  publisher: string;
  /** The citation's note for readers. */
  note: string;
}

export interface FactCheckCompletion {
  /** The fact check's slug (the importer keeps the text file's name: us-mission-in-kfor.txt → us-mission-in-kfor). */
  slug: string;
  claimReviewed: string;
  verdict: Verdict;
  /** The day the sources were read, for their accessedOn. */
  accessedOn: string;
  sources: readonly CitedSource[];
}

const source = (number: number, url: string, title: string, publisher: string, note: string): CitedSource => ({ number, url, title, publisher, note });

export const DEMO_FACT_CHECK: FactCheckCompletion = {
  slug: 'us-mission-in-kfor',
  claimReviewed: 'U.S. troops still serve in NATO’s KFOR peacekeeping mission in Kosovo, patrolling, training and responding to emergencies.',
  verdict: 'true',
  accessedOn: '2025-11-29',
  sources: [
    source(
      1,
      'https://www.nato.int/en/what-we-do/operations-and-missions/natos-role-in-kosovo',
      'NATO’s role in Kosovo',
      'NATO',
      'KFOR’s mandate, size and chain of command.',
    ),
    source(
      2,
      'https://www.nationalguard.mil/News/Overseas-Operations/Article/4204358/army-guardsmen-conduct-training-with-kosovo-search-and-rescue-association',
      'Army Guardsmen Conduct Training with Kosovo Search and Rescue Association',
      'U.S. National Guard',
      'Regional Command-East soldiers training with Kosovo search-and-rescue teams.',
    ),
    source(
      3,
      'https://www.dvidshub.net/image/6411299/kfor-units-conduct-training-exercise-support-kosovo-police',
      'KFOR units conduct training exercise in support of Kosovo Police',
      'DVIDS',
      'A KFOR exercise with Kosovo Police and EULEX; KFOR as third responder.',
    ),
    source(
      4,
      'https://jfcnaples.nato.int/kfor',
      'Kosovo Force (KFOR)',
      'NATO Joint Force Command Naples',
      'KFOR’s regional commands and contributing nations.',
    ),
    source(
      5,
      'https://www.mesazhi.com/ushtaret-e-kfor-it-amerikane-dhe-gjermane-sterviten-ne-bondsteel-per-situata-emergjente/',
      'Ushtarët e KFOR-it amerikanë dhe gjermanë stërviten në Bondsteel për situata emergjente',
      'Mesazhi',
      'A mass-casualty exercise at Camp Bondsteel (in Albanian).',
    ),
    source(
      6,
      'https://www.dvidshub.net/news/498294/field-classroom-kfor-jag-inspires-next-generation-kosovo',
      'From the field to the classroom: KFOR JAG inspires the next generation in Kosovo',
      'DVIDS',
      'U.S. Army judge advocates in KFOR Regional Command-East.',
    ),
    source(
      7,
      'https://www.kosovo-online.com/en/news/analysis/consequences-possible-us-withdrawal-kfor-pristina-seeking-new-ally-ankara-4-2-2025',
      'Consequences of a possible U.S. withdrawal from KFOR',
      'Kosovo Online',
      'Analysts on a possible U.S. drawdown.',
    ),
    source(8, 'https://www.state.gov/u-s-relations-with-kosovo/', 'U.S. Relations With Kosovo', 'U.S. Department of State', 'Bilateral relations fact sheet.'),
    source(9, 'https://xk.usembassy.gov/', 'U.S. Embassy in Kosovo', 'U.S. Embassy Pristina', 'Washington’s engagement in Kosovo.'),
    source(
      10,
      'https://www.dvidshub.net/news/498453/over-500-soldiers-under-task-force-tiger-train-upcoming-kfor-deployment',
      'Over 500 soldiers under Task Force Tiger train for upcoming KFOR deployment',
      'DVIDS',
      'Task Force Tiger’s training before its KFOR rotation.',
    ),
    source(
      11,
      'https://www.army.mil/article/232672/oregon_national_guard_prepares_for_peacekeeping_in_kosovo',
      'Oregon National Guard prepares for peacekeeping in Kosovo',
      'U.S. Army',
      'How U.S. Army public affairs describes the KFOR mission.',
    ),
  ],
};

// A leaked token with the separator that tied it to the sentence: "(not found in current reporting; p1_s4)".
const LEAKED_TOKEN_WITH_SEPARATOR = /\s*[;,]?\s*\bp\d+_s\d+\b/g;

/** The text without the drafting tool's reference tokens, as an editor would cut them. */
export function withoutLeakedTokens(text: string): string {
  return leakedTokens(text).length === 0 ? text : text.replace(LEAKED_TOKEN_WITH_SEPARATOR, '').replace(/\(\s*\)/g, '');
}

export interface StoredCitation {
  number: number;
  note?: string | null;
  source?: { documentId: string } | null;
}

export interface StoredFactCheck {
  summary?: string | null;
  bottomLine?: string | null;
  limitations?: string | null;
  verdict?: string | null;
  claimReviewed?: string | null;
  sections?: Array<{ heading: string; body?: string | null }> | null;
  citations?: StoredCitation[] | null;
}

/**
 * The update that completes the fact check's draft: each listed citation with its source (documentId by citation
 * number), the claim and verdict, and texts without leaked tokens. Only what differs is sent; null when the draft is
 * complete already (a re-run). A cited number the completion has no source for is refused: the fixture changed.
 */
export function completionUpdate(
  draft: StoredFactCheck,
  completion: FactCheckCompletion,
  sourceByNumber: ReadonlyMap<number, string>,
): Record<string, unknown> | null {
  const update: Record<string, unknown> = {};
  const citations = draft.citations ?? [];
  const unsourced = citations.filter((citation) => !sourceByNumber.has(citation.number)).map((citation) => `[${citation.number}]`);
  if (unsourced.length > 0) throw new Error(`The demo has no source for citation ${unsourced.join(', ')} of "${completion.slug}".`);
  const noteOf = (number: number) => completion.sources.find((cited) => cited.number === number)?.note ?? null;
  const complete = citations.map((citation) => ({ number: citation.number, source: sourceByNumber.get(citation.number), note: noteOf(citation.number) }));
  if (citations.some((citation, index) => citation.source?.documentId !== complete[index].source || (citation.note ?? null) !== complete[index].note)) {
    update.citations = complete;
  }
  if (draft.verdict !== completion.verdict) update.verdict = completion.verdict;
  if (draft.claimReviewed !== completion.claimReviewed) update.claimReviewed = completion.claimReviewed;
  for (const field of FACT_CHECK_TEXT_FIELDS) {
    const text = draft[field];
    if (typeof text === 'string' && withoutLeakedTokens(text) !== text) update[field] = withoutLeakedTokens(text);
  }
  const sections = (draft.sections ?? []).map(({ heading, body }) => ({ heading, body: body == null ? body : withoutLeakedTokens(body) }));
  if (sections.some((section, index) => section.body !== draft.sections?.[index]?.body)) update.sections = sections;
  return Object.keys(update).length > 0 ? update : null;
}
