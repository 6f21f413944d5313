import path from 'path';
import { renderTally } from './domain/tally';
import type { ImportReport } from './run-import';

/** The closing summary printed after an import: the table, then every failure and every finding with its file. */
export function renderReport(report: ImportReport, cwd: string): string {
  const name = (file: string) => path.relative(cwd, file) || file;
  const heading = report.dryRun
    ? `Dry run (${report.mode}): nothing was written; this is what an import would do.`
    : `Import finished (${report.mode === 'publish' ? 'published where the rules allow' : 'as drafts'}).`;
  const lines = [heading, '', renderTally(report.tally)];
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
  return `${lines.join('\n')}\n`;
}
