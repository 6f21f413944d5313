import type { Core, UID } from '@strapi/strapi';
import { findRecord, saveRecord, type FrontMatterEntries } from './records';
import { describeErrors } from './describe-error';
import { publishFindings, stillFound } from './policy-findings';
import { reviewList, scheduleList } from './review';
import { withStoredLog } from './stored-corrections';
import { needsReviewLines } from '../domain/finding-lines';
import { publishingPastGates, type GateFinding } from '#kernel/past-gates';
import { ARTICLE_UID } from '#domain/uids';

/**
 * `publish`: what the old site published stays published, and what a publish rule finds in it goes to the newsroom's
 * "Needs review" list; `hold`: published only where every rule allows, the rest kept as approved drafts
 * (`--hold-findings`, and always for fact-check files); `draft`: everything a draft.
 */
export type ImportMode = 'publish' | 'hold' | 'draft';

export interface DocumentToImport {
  key: string;
  uid: UID.ContentType;
  slug: string;
  data: Record<string, unknown>;
  mode: ImportMode;
  fingerprint: string;
  frontMatter: FrontMatterEntries | null;
  /** A post dated in the future: kept a draft, approved, and scheduled for its date (mode is then `draft`). */
  publishAt: Date | null;
}

/** What the import says of a post it scheduled: Jekyll would not have shown it before its date either. */
export const scheduledLine = (publishAt: Date): string => `scheduled to publish at ${publishAt.toISOString()}, its date (Jekyll shows no post before it)`;

/** What a document's draft held, to tell which highlights and sources an import made. */
export interface Snapshot {
  highlights: Map<string, string>;
  sources: string[];
}

export interface WrittenDocument {
  outcome: 'created' | 'updated' | 'unchanged';
  documentId: string;
  findings: string[];
  before: Snapshot;
  after: Snapshot;
}

class PublishRefused extends Error {
  readonly reasons: string[];

  constructor(cause: unknown) {
    super('publishing was refused');
    this.reasons = describeErrors(cause);
  }
}

// A publish rule says no with a ValidationError (or a policy's error); anything else is a real failure.
const isRefusal = (error: unknown): boolean => error instanceof Error && (error.name === 'ValidationError' || error.name === 'PolicyError');

/** Who the schedule history names for a post the import scheduled. */
const IMPORT_SCHEDULER = 'Import';

const EMPTY: Snapshot = { highlights: new Map(), sources: [] };

type Related = { documentId: string; updatedAt?: string };

async function snapshot(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<Snapshot> {
  const hasHighlights = 'highlights' in strapi.contentType(uid).attributes;
  const populate = { sources: { fields: ['documentId'] }, ...(hasHighlights ? { highlights: { fields: ['updatedAt'] } } : {}) };
  const draft = (await strapi.documents(uid).findOne({ documentId, status: 'draft', fields: ['documentId'], populate } as never)) as {
    highlights?: Related[];
    sources?: Related[];
  } | null;
  if (!draft) return EMPTY;
  return {
    highlights: new Map((draft.highlights ?? []).map((highlight) => [highlight.documentId, String(highlight.updatedAt)])),
    sources: (draft.sources ?? []).map((source) => source.documentId),
  };
}

async function existingDocument(strapi: Core.Strapi, uid: UID.ContentType, where: Record<string, unknown>): Promise<string | null> {
  const row = (await strapi.db.query(uid).findOne({ where, select: ['documentId'] })) as { documentId: string } | null;
  return row?.documentId ?? null;
}

/**
 * Creates or updates one document from one input file, in one transaction with its import record, so a killed run
 * leaves either both or neither. A document the archive already put in the CMS (same key, or same slug when an earlier
 * tool or an editor made it) is updated in place. A post the old site published is published past its gates, what they
 * find recorded for review (mode `publish`); otherwise, when a publish rule refuses (a fact check whose citations still
 * wait for their sources), the document is kept as a draft and the refusal becomes a finding.
 */
export async function writeDocument(strapi: Core.Strapi, item: DocumentToImport, dryRun: boolean): Promise<WrittenDocument> {
  const record = await findRecord(strapi, item.key);
  const recorded = record ? await existingDocument(strapi, item.uid, { documentId: record.target }) : null;
  if (recorded && record?.fingerprint === item.fingerprint) {
    const current = dryRun ? EMPTY : await snapshot(strapi, item.uid, recorded);
    // What an editor has fixed since is not reported again.
    const findings = record.findings?.length ? await stillFound(strapi, item.uid, recorded, item.mode) : [];
    return { outcome: 'unchanged', documentId: recorded, findings, before: current, after: current };
  }
  const documentId = recorded ?? (await existingDocument(strapi, item.uid, { slug: item.slug }));
  const outcome = documentId ? 'updated' : 'created';
  if (dryRun) return { outcome, documentId: documentId ?? '', findings: [], before: EMPTY, after: EMPTY };
  const before = documentId ? await snapshot(strapi, item.uid, documentId) : EMPTY;

  // `refusal` is set on the second try, after a publish rule refused: the draft is kept and the reasons recorded.
  const write = (publish: boolean, refusal: string[] | null) =>
    strapi.db.transaction(async () => {
      const documents = strapi.documents(item.uid);
      const saved = documentId
        ? await documents.update({ documentId, data: await withStoredLog(strapi, item.uid, documentId, item.data) } as never)
        : await documents.create({ data: item.data } as never);
      if (!saved) throw new Error(`the ${item.uid} ${documentId} disappeared while it was being updated`);
      // A post the old site published arrives approved, held back by a publish rule or not; without the editorial plugin
      // there are no stages to approve through.
      if ((publish || refusal || item.publishAt) && item.uid === ARTICLE_UID)
        await strapi.plugin('editorial')?.service('stages').approveImported(saved.documentId);
      const schedules = item.publishAt ? scheduleList(strapi) : null;
      if (item.publishAt && schedules) await schedules.setImported(item.uid, saved.documentId, item.publishAt, IMPORT_SCHEDULER);
      let passed: GateFinding[] = [];
      if (publish) {
        const publishIt = () => documents.publish({ documentId: saved.documentId } as never);
        try {
          if (item.mode === 'publish') passed = (await publishingPastGates(item.uid, saved.documentId, publishIt)).findings;
          else await publishIt();
        } catch (error) {
          throw isRefusal(error) ? new PublishRefused(error) : error;
        }
        // After the publish, whose own step clears what an earlier run recorded.
        if (passed.length > 0) await reviewList(strapi)?.record(item.uid, saved.documentId, passed, 'import');
      }
      // The refusal names what the first gate to refuse saw; the report adds what every other rule would refuse too.
      const findings = refusal
        ? [...new Set([...refusal, ...(await publishFindings(strapi, item.uid, saved.documentId))])].map(
            (reason) => `kept as a draft, not published: ${reason}`,
          )
        : publish
          ? needsReviewLines(passed)
          : [
              ...(item.publishAt && schedules ? [scheduledLine(item.publishAt)] : []),
              ...(await publishFindings(strapi, item.uid, saved.documentId)).map((finding) => `would not be published: ${finding}`),
            ];
      const target = saved.documentId;
      await saveRecord(strapi, record, {
        key: item.key,
        contentType: item.uid,
        target,
        fingerprint: item.fingerprint,
        frontMatter: item.frontMatter,
        findings,
      });
      return { documentId: target, findings };
    });

  let saved: { documentId: string; findings: string[] };
  try {
    saved = await write(item.mode !== 'draft', null);
  } catch (error) {
    if (!(error instanceof PublishRefused)) throw error;
    saved = await write(false, error.reasons);
  }
  const { documentId: savedId, findings } = saved;
  return { outcome, documentId: savedId, findings, before, after: await snapshot(strapi, item.uid, savedId) };
}
