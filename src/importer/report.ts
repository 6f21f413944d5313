import path from 'path';
import { renderTally } from './domain/tally';
import type { ImportReport } from './run-import';

/** What the import cost the database: every SQL statement it sent, and per article read (a failed one included). */
export function statementsLine(report: ImportReport): string {
  const articles = Object.values(report.tally.Article).reduce((sum, value) => sum + value, 0);
  const perArticle = articles > 0 ? ((report.statements ?? 0) / articles).toFixed(1) : '-';
  return `SQL statements: ${report.statements ?? 0} (${perArticle} per article)`;
}

const HEADINGS: Record<ImportReport['mode'], string> = {
  publish: 'what the old site published stays published; what a rule finds is listed under Needs review',
  hold: 'published where the rules allow, the rest held as approved drafts',
  draft: 'as drafts',
};

/** The closing summary printed after an import: the table, then every failure and every finding with its file. */
export function renderReport(report: ImportReport, cwd: string): string {
  const name = (file: string) => path.relative(cwd, file) || file;
  const heading = report.dryRun
    ? `Dry run (${report.mode}): nothing was written; this is what an import would do.`
    : `Import finished (${HEADINGS[report.mode]}).`;
  const lines = [heading, '', renderTally(report.tally)];
  if (report.statements !== undefined) lines.push('', statementsLine(report));
  const failed = report.items.filter((item) => item.outcome === 'failed');
  if (failed.length > 0) {
    lines.push('', `Failed (${failed.length}):`);
    for (const item of failed) lines.push(`  ${name(item.file)}: ${item.reason}`);
  }
  const noted = report.items.filter((item) => item.findings.length > 0);
  if (noted.length > 0) {
    lines.push('', `Findings (${noted.length} files):`);
    for (const item of noted) {
      lines.push(`  ${name(item.file)}`);
      for (const finding of item.findings) lines.push(`    - ${finding}`);
    }
  }
  const lossy = report.items.filter((item) => (item.losses ?? []).length > 0);
  if (lossy.length > 0) {
    lines.push('', `Kept, but not shown as the old site showed it (${lossy.length} files):`);
    for (const item of lossy) {
      lines.push(`  ${name(item.file)}`);
      for (const loss of item.losses ?? []) lines.push(`    - ${loss}`);
    }
  }
  const corrected = report.items.filter((item) => (item.corrections ?? []).length > 0);
  if (corrected.length > 0) {
    lines.push('', `Correction notes made corrections log entries (${corrected.length} files):`);
    for (const item of corrected) {
      lines.push(`  ${name(item.file)}`);
      for (const note of item.corrections ?? []) lines.push(`    - ${note}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
