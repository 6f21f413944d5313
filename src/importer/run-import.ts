import type { Core } from '@strapi/strapi';
import { toSlug } from '../utils/slug';
import { fingerprint } from './domain/fingerprint';
import type { ImportedArticle } from './domain/jekyll-post';
import type { ImportedFactCheck } from './domain/fact-check-text';
import { count, emptyTally, type Outcome, type Tally, type TalliedType } from './domain/tally';
import type { Progress } from './progress';
import { readInput, type ImportInput, type InputItem } from './read-input';
import { describeError } from './strapi/describe-error';
import { ensureTaxonomy, type TaxonomyIds } from './strapi/taxonomy';
import { writeDocument, type ImportMode, type WrittenDocument } from './strapi/write-document';

export interface ImportOptions {
  paths: string[];
  mode: ImportMode;
  dryRun: boolean;
  timeZone: string;
  houseBylines: string[];
}

export interface ReportedItem {
  file: string;
  type: TalliedType;
  outcome: Outcome;
  key?: string;
  documentId?: string;
  reason?: string;
  findings: string[];
}

export interface ImportReport {
  dryRun: boolean;
  mode: ImportMode;
  tally: Tally;
  items: ReportedItem[];
}

/** Reads and parses every input path before Strapi starts, so a wrong path fails fast and file problems are known. */
export function readImportInput(options: Pick<ImportOptions, 'paths' | 'timeZone'>): ImportInput {
  const input: ImportInput = { authors: [], items: [], failures: [] };
  for (const inputPath of options.paths) readInput(inputPath, options.timeZone, input);
  return input;
}

const lookup = (ids: Map<string, string | null>, label: string | null) => (label ? ids.get(toSlug(label)) ?? null : null);

function articleData(article: ImportedArticle, ids: TaxonomyIds): Record<string, unknown> {
  const { authors, category, kicker, ...fields } = article;
  return {
    ...fields,
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

async function importItem(strapi: Core.Strapi, item: InputItem, ids: TaxonomyIds, options: ImportOptions): Promise<WrittenDocument> {
  const [uid, data] = item.kind === 'article'
    ? (['api::article.article', articleData(item.article, ids)] as const)
    : (['api::fact-check.fact-check', factCheckData(item.factCheck)] as const);
  const parsed = item.kind === 'article' ? item.article : item.factCheck;
  // The digest is of the file as read, not of database ids, so every database gets the same one for the same file.
  const digest = fingerprint(parsed, options.mode);
  return writeDocument(strapi, { key: item.key, uid, slug: parsed.slug, data, mode: options.mode, fingerprint: digest }, options.dryRun);
}

/**
 * Imports what `readImportInput` read: authors, categories and kickers first, then each post and fact check in its own
 * transaction. One file's failure is reported with its reason and the rest goes on.
 */
export async function runImport(strapi: Core.Strapi, input: ImportInput, options: ImportOptions, progress: Progress): Promise<ImportReport> {
  const tally = emptyTally();
  const report: ImportReport = { dryRun: options.dryRun, mode: options.mode, tally, items: [] };
  for (const failure of input.failures) {
    count(tally, failure.type, 'failed');
    report.items.push({ file: failure.file, type: failure.type, outcome: 'failed', reason: failure.reason, findings: [] });
  }
  const ids = await ensureTaxonomy(strapi, { ...input, houseBylines: options.houseBylines, dryRun: options.dryRun }, tally);
  const knownSources = new Set(
    ((await strapi.db.query('api::source.source').findMany({ select: ['documentId'] })) as Array<{ documentId: string }>).map((row) => row.documentId),
  );
  const countedSources = new Set<string>();

  progress.start(input.items.length);
  for (const item of input.items) {
    const type = item.kind === 'article' ? 'Article' : 'FactCheck';
    try {
      const written = await importItem(strapi, item, ids, options);
      count(tally, type, written.outcome);
      countDerived(tally, written, knownSources, countedSources);
      report.items.push({ file: item.file, type, outcome: written.outcome, key: item.key, documentId: written.documentId, findings: written.findings });
      progress.item(item.file, written.outcome);
    } catch (error) {
      count(tally, type, 'failed');
      report.items.push({ file: item.file, type, outcome: 'failed', key: item.key, reason: describeError(error), findings: [] });
      progress.item(item.file, 'failed');
    }
  }
  progress.finish();
  return report;
}
