import type { Core } from '@strapi/strapi';
import { toSlug } from '#domain/slug';
import { fingerprint } from './domain/fingerprint';
import type { ImportedArticle } from './domain/jekyll-post';
import type { ImportedFactCheck } from './domain/fact-check-text';
import { count, emptyTally, type Outcome, type Tally, type TalliedType } from './domain/tally';
import type { Progress } from './progress';
import { readInput, type ImportInput, type InputItem } from './read-input';
import { describeError } from './strapi/describe-error';
import { importArticleBatch, type BatchItem } from './strapi/import-batch';
import { countStatements } from './strapi/statement-count';
import { ensureTaxonomy, type TaxonomyIds } from './strapi/taxonomy';
import { writeDocument, type DocumentToImport, type ImportMode, type WrittenDocument } from './strapi/write-document';
import { ARTICLE_UID, FACT_CHECK_UID, SOURCE_UID } from '#domain/uids';
import { IMPORT_APPROVAL } from '../plugins/editorial/server/src/constants';

/** How many new articles are written per transaction unless the caller says otherwise. */
export const DEFAULT_BATCH_SIZE = 100;
// A batch of 100 already costs under one statement per post: larger ones are no faster, and hold their transaction, and
// the slug locks it takes, longer.
export const MAX_BATCH_SIZE = 200;

export interface ImportOptions {
  paths: string[];
  mode: ImportMode;
  dryRun: boolean;
  timeZone: string;
  houseBylines: string[];
  /** New articles written per transaction (1: every item through the document service, as before batches). */
  batchSize?: number;
  /** Count the SQL statements the import sends, for the report's `statements`. */
  stats?: boolean;
}

export interface ReportedItem {
  file: string;
  type: TalliedType;
  outcome: Outcome;
  key?: string;
  documentId?: string;
  reason?: string;
  findings: string[];
  /** What the CMS keeps of the file but cannot show readers as the old site did, by line (bodyLosses). */
  losses?: string[];
  /** The post's correction notes made corrections log entries (readCorrectionNotes). */
  corrections?: string[];
}

export interface ImportReport {
  dryRun: boolean;
  mode: ImportMode;
  tally: Tally;
  items: ReportedItem[];
  /** SQL statements the import sent, when counted (`--stats`). */
  statements?: number;
}

/** Reads and parses every input path before Strapi starts, so a wrong path fails fast and file problems are known. */
export function readImportInput(options: Pick<ImportOptions, 'paths' | 'timeZone'>): ImportInput {
  const input: ImportInput = { authors: [], items: [], failures: [] };
  for (const inputPath of options.paths) readInput(inputPath, options.timeZone, input);
  return input;
}

const lookup = (ids: Map<string, string | null>, label: string | null) => (label ? (ids.get(toSlug(label)) ?? null) : null);

function articleData(article: ImportedArticle, ids: TaxonomyIds): Record<string, unknown> {
  const { authors, category, kicker, corrections, ...fields } = article;
  return {
    ...fields,
    // Dated from the note and signed by the import: in-process saves are the server's own (the corrections log step).
    ...(corrections ? { corrections: corrections.map((entry) => ({ ...entry, madeBy: IMPORT_APPROVAL.name })) } : {}),
    authors: authors.map((name) => lookup(ids.authors, name)).filter((id): id is string => id !== null),
    category: lookup(ids.categories, category),
    kicker: lookup(ids.kickers, kicker),
  };
}

function factCheckData(factCheck: ImportedFactCheck): Record<string, unknown> {
  const { relatedQuestions, ...fields } = factCheck;
  return { ...fields, relatedQuestions: relatedQuestions.map((question) => ({ question })) };
}

/** Counts the highlights and sources an import made or touched; each source once per run. */
function countDerived(tally: Tally, written: WrittenDocument, knownSources: Set<string>, countedSources: Set<string>): void {
  for (const [documentId, updatedAt] of written.after.highlights) {
    const before = written.before.highlights.get(documentId);
    count(tally, 'Highlight', before === undefined ? 'created' : before === updatedAt ? 'unchanged' : 'updated');
  }
  for (const documentId of written.after.sources) {
    if (countedSources.has(documentId)) continue;
    countedSources.add(documentId);
    count(tally, 'Source', knownSources.has(documentId) ? 'unchanged' : 'created');
  }
}

/** A post the old site would publish but dated in the future: Jekyll shows it from its date, and so will the CMS. */
function futureDate(item: InputItem, asked: ImportMode, now: Date): Date | null {
  if (item.kind !== 'article' || asked === 'draft') return null;
  const date = new Date(item.article.datePublished);
  return date.getTime() > now.getTime() ? date : null;
}

function documentOf(item: InputItem, ids: TaxonomyIds, asked: ImportMode, now: Date): DocumentToImport {
  const publishAt = futureDate(item, asked, now);
  // Fact-check files are not pages the old site published: they are held to the gates, whatever the import keeps.
  const mode = publishAt ? 'draft' : item.kind === 'fact-check' && asked === 'publish' ? 'hold' : asked;
  const [uid, data] =
    item.kind === 'article' ? ([ARTICLE_UID, articleData(item.article, ids)] as const) : ([FACT_CHECK_UID, factCheckData(item.factCheck)] as const);
  const parsed = item.kind === 'article' ? item.article : item.factCheck;
  const frontMatter = item.kind === 'article' ? item.frontMatter : null;
  // The digest is of the file as read, not of database ids, so every database gets the same one for the same file; the
  // front matter is in it so that a key added or emptied, which maps to the same fields, still updates the record.
  // A scheduled post's digest differs from the same post's once its date has passed: a re-run then publishes it.
  const digest = fingerprint(frontMatter ? { ...parsed, frontMatter } : parsed, publishAt ? 'scheduled' : mode);
  return { key: item.key, uid, slug: parsed.slug, data, mode, fingerprint: digest, frontMatter: frontMatter && Object.entries(frontMatter), publishAt };
}

const importItem = (strapi: Core.Strapi, item: InputItem, ids: TaxonomyIds, options: ImportOptions): Promise<WrittenDocument> =>
  writeDocument(strapi, documentOf(item, ids, options.mode, new Date()), options.dryRun);

/**
 * The new articles of a batch, written in bulk in one transaction; what it leaves out goes item by item. A batch that
 * fails as a whole (the database, not a rule) leaves nothing behind, and its items are tried one by one, so one bad
 * file is still reported on its own.
 */
async function importBatch(strapi: Core.Strapi, batch: readonly InputItem[], ids: TaxonomyIds, options: ImportOptions): Promise<Map<string, WrittenDocument>> {
  if (options.dryRun || (options.batchSize ?? DEFAULT_BATCH_SIZE) <= 1) return new Map();
  const now = new Date();
  // A post to schedule goes item by item, where its schedule is set.
  const articles: BatchItem[] = batch.flatMap((item) =>
    item.kind === 'article' && !futureDate(item, options.mode, now) ? [documentOf(item, ids, options.mode, now)] : [],
  );
  try {
    return await importArticleBatch(strapi, articles, options.mode);
  } catch (error) {
    strapi.log.warn(`A batch of ${articles.length} articles could not be written together (${describeError(error)}); importing them one by one.`);
    return new Map();
  }
}

function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let index = 0; index < items.length; index += size) batches.push(items.slice(index, index + size));
  return batches;
}

/**
 * Imports what `readImportInput` read: authors, categories and kickers first, then the posts and fact checks in
 * batches: the new articles of a batch in one transaction, the rest (updates, re-runs, fact checks) each in its own.
 * One file's failure is reported with its reason and the rest goes on.
 */
export async function runImport(strapi: Core.Strapi, input: ImportInput, options: ImportOptions, progress: Progress): Promise<ImportReport> {
  // The counter listens to every query of the process, so it stops whatever happens, the taxonomy failing included.
  const statements = options.stats ? countStatements(strapi) : null;
  try {
    const report = await importAll(strapi, input, options, progress);
    if (statements) report.statements = statements.total;
    return report;
  } finally {
    statements?.stop();
  }
}

async function importAll(strapi: Core.Strapi, input: ImportInput, options: ImportOptions, progress: Progress): Promise<ImportReport> {
  const tally = emptyTally();
  const report: ImportReport = { dryRun: options.dryRun, mode: options.mode, tally, items: [] };
  for (const failure of input.failures) {
    count(tally, failure.type, 'failed');
    report.items.push({ file: failure.file, type: failure.type, outcome: 'failed', reason: failure.reason, findings: [] });
  }
  const ids = await ensureTaxonomy(strapi, { ...input, houseBylines: options.houseBylines, dryRun: options.dryRun }, tally);
  const knownSources = new Set(
    ((await strapi.db.query(SOURCE_UID).findMany({ select: ['documentId'] })) as Array<{ documentId: string }>).map((row) => row.documentId),
  );
  const countedSources = new Set<string>();

  progress.start(input.items.length);
  for (const batch of batchesOf(input.items, Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE))) {
    const inBulk = await importBatch(strapi, batch, ids, options);
    for (const item of batch) {
      // Taken once: the same file given twice is written in bulk the first time and found unchanged the second.
      const bulk = inBulk.get(item.key);
      inBulk.delete(item.key);
      await reportItem(item, bulk);
    }
  }
  progress.finish();
  return report;

  async function reportItem(item: InputItem, bulk: WrittenDocument | undefined): Promise<void> {
    const type = item.kind === 'article' ? 'Article' : 'FactCheck';
    try {
      const written = bulk ?? (await importItem(strapi, item, ids, options));
      count(tally, type, written.outcome);
      countDerived(tally, written, knownSources, countedSources);
      const { losses } = item;
      const corrections = item.kind === 'article' && item.corrections.length > 0 ? item.corrections : undefined;
      const { outcome, documentId, findings } = written;
      report.items.push({ file: item.file, type, outcome, key: item.key, documentId, findings, losses, corrections });
      progress.item(item.file, written.outcome);
    } catch (error) {
      count(tally, type, 'failed');
      report.items.push({ file: item.file, type, outcome: 'failed', key: item.key, reason: describeError(error), findings: [] });
      progress.item(item.file, 'failed');
    }
  }
}
