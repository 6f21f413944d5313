import fs from 'fs';
import { parseArgs } from 'util';
import { assertTimeZone } from '../src/importer/domain/site-dates';
import { createProgress } from '../src/importer/progress';
import { renderReport } from '../src/importer/report';
import { DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE, readImportInput, runImport, type ImportOptions } from '../src/importer/run-import';
import { withStandaloneStrapi } from './lib/standalone-strapi';
import { runCommand, UsageError } from './lib/command-line';

const USAGE = `Usage: npm run import -- <path>... [--dry-run] [--publish|--hold-findings|--draft] [--report file.json] [--time-zone Area/City]

  <path>        a Jekyll site folder (_posts/ and _data/authors.yml), a _posts folder, a folder of fact-check .txt
                files, or one such file; several may be given
  --dry-run     read everything and say what would change, without writing
  --publish     what the old site published stays published; what a publish rule finds in a post is listed
                under Needs review in the admin panel, and the rules apply to its next publish (default)
  --hold-findings
                publish only what the newsroom's rules allow, keep the rest as approved drafts with the reason
  --draft       import everything as drafts
                (fact-check files are always held to the rules: they were not pages of the old site)
  --report      also write the full report (every file, its outcome and findings) as JSON
  --time-zone   the site's time zone for dates written without one (default: SITE_TIME_ZONE or Europe/Ljubljana)
  --batch-size  new articles written per transaction (default 100, at most 200; 1 writes every file on its own)
  --stats       also count the SQL statements the import sends, in total and per article

Exit code: 0 when every file was imported, 1 when any file failed, 2 for a wrong command line.
`;

function parseOptions(argv: string[]): ImportOptions & { report: string | null } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        publish: { type: 'boolean', default: false },
        'hold-findings': { type: 'boolean', default: false },
        draft: { type: 'boolean', default: false },
        report: { type: 'string' },
        'time-zone': { type: 'string' },
        'batch-size': { type: 'string' },
        stats: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  if (positionals.length === 0) throw new UsageError('Give at least one path to import.');
  if ([values.publish, values['hold-findings'], values.draft].filter(Boolean).length > 1) {
    throw new UsageError('Choose one of --publish, --hold-findings and --draft.');
  }
  const timeZone = values['time-zone'] ?? process.env.SITE_TIME_ZONE ?? 'Europe/Ljubljana';
  try {
    assertTimeZone(timeZone);
  } catch {
    throw new UsageError(`Unknown time zone "${timeZone}".`);
  }
  const batchSize = Number(values['batch-size'] ?? DEFAULT_BATCH_SIZE);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
    throw new UsageError(`--batch-size is a whole number from 1 to ${MAX_BATCH_SIZE}.`);
  }
  const houseBylines = (process.env.IMPORT_HOUSE_BYLINES ?? 'The Adriatic,Editorial Team')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return {
    paths: positionals,
    mode: values.draft ? 'draft' : values['hold-findings'] ? 'hold' : 'publish',
    dryRun: values['dry-run'] ?? false,
    timeZone,
    houseBylines,
    batchSize,
    stats: values.stats ?? false,
    report: values.report ?? null,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  let input;
  try {
    input = readImportInput(options);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const report = await withStandaloneStrapi((strapi) => runImport(strapi, input, options, createProgress(process.stderr, process.cwd())));
  process.stdout.write(renderReport(report, process.cwd()));
  if (options.report) fs.writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
  if (report.items.some((item) => item.outcome === 'failed')) process.exitCode = 1;
}

runCommand(main, USAGE, 'Import failed');
