import fs from 'fs';
import { parseArgs } from 'util';
import { assertTimeZone } from '../src/importer/domain/site-dates';
import { runExport, type ExportOptions } from '../src/exporter/run-export';
import { withStandaloneStrapi } from './lib/standalone-strapi';
import { runCommand, UsageError } from './lib/command-line';

const USAGE = `Usage: npm run export -- <site-dir> [--published-only] [--time-zone Area/City]

  <site-dir>        the Jekyll site folder to write into (made if missing): _posts/, _drafts/, _data/authors.yml,
                    _factchecks/ (see docs/exporting.md)
  --published-only  leave out what readers cannot see (no _drafts/ or _factchecks/_drafts/ files)
  --time-zone       the site's time zone for dates (default: SITE_TIME_ZONE or Europe/Ljubljana)

Exit code: 0 when the site was written, 1 when the export failed, 2 for a wrong command line.
`;

function parseOptions(argv: string[]): ExportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'published-only': { type: 'boolean', default: false },
        'time-zone': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  if (positionals.length !== 1) throw new UsageError('Give one site folder to export into.');
  const [siteDir] = positionals;
  if (fs.existsSync(siteDir) && !fs.statSync(siteDir).isDirectory()) throw new UsageError(`${siteDir} is not a folder.`);
  const timeZone = values['time-zone'] ?? process.env.SITE_TIME_ZONE ?? 'Europe/Ljubljana';
  try {
    assertTimeZone(timeZone);
  } catch {
    throw new UsageError(`Unknown time zone "${timeZone}".`);
  }
  return { siteDir, publishedOnly: values['published-only'] ?? false, timeZone };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const plan = await withStandaloneStrapi((strapi) => runExport(strapi, options));
  const lines = [
    `Exported to ${options.siteDir}: ${plan.write.length} written, ${plan.unchanged.length} unchanged, ${plan.remove.length} removed.`,
    ...plan.write.map((file) => `  written    ${file.path}`),
    ...plan.remove.map((file) => `  removed    ${file} (the CMS holds it under another name now)`),
    ...plan.leftAlone.map((file) => `  left alone ${file} (not from the CMS)`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

runCommand(main, USAGE, 'Export failed');
