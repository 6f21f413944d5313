import fs from 'fs';
import os from 'os';
import path from 'path';
import { DEMO_FACT_CHECK, type FactCheckCompletion } from '../../../scripts/demo/fact-check-completion';
import { publishDemoFactCheck } from '../../../scripts/demo/fact-check';
import { ADRIATIC, FIXTURES, importPaths } from '../import-site';
import { strapiInstance } from '../strapi';

/**
 * The newsroom's archive as the standards suite reads it: every fixture post imported and published as the importer
 * publishes it, and every fixture fact check completed and published as an editor would (the importer keeps them as
 * drafts: the text files give citation numbers, not sources). The fact checks are imported as copies under slugs of
 * this suite's own, so the archive's drafts stay drafts for the tests that expect them so on a shared PostgreSQL
 * database. Idempotent, so a database that already holds all this is left as it is.
 */

export const FACT_CHECKS = path.join(FIXTURES, 'factchecks');

/** The slug the importer gives each fixture post: its file name without the date. */
export const ARCHIVE_ARTICLES = fs
  .readdirSync(path.join(ADRIATIC, '_posts'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => path.basename(file, '.md').slice(11))
  .sort();

const COPY_PREFIX = 'standards-';

/** The slugs of this suite's copies of the fixture fact checks. */
export const ARCHIVE_FACT_CHECKS = fs
  .readdirSync(FACT_CHECKS)
  .map((file) => `${COPY_PREFIX}${path.basename(file, '.txt')}`)
  .sort();

function factCheckCopies(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-standards-'));
  for (const file of fs.readdirSync(FACT_CHECKS)) fs.copyFileSync(path.join(FACT_CHECKS, file), path.join(folder, `${COPY_PREFIX}${file}`));
  return folder;
}

/**
 * The explainer fixture is rated "unproven" so both ClaimReview shapes are checked (with a rating on the scale and
 * without); its citations point at stand-in pages of this suite, one per number its text cites.
 */
async function explainerCompletion(slug: string): Promise<FactCheckCompletion> {
  const draft = await strapiInstance()
    .documents('api::fact-check.fact-check')
    .findFirst({ filters: { slug }, status: 'draft', populate: { citations: true } });
  const numbers = ((draft?.citations ?? []) as Array<{ number: number }>).map((citation) => citation.number);
  return {
    slug,
    claimReviewed: 'The United States keeps troops in Kosovo as part of NATO’s KFOR mission.',
    verdict: 'unproven',
    accessedOn: '2025-11-29',
    sources: numbers.map((number) => ({
      number,
      url: `https://standards-suite.example.org/${slug}/${number}`,
      title: `Stand-in source ${number}`,
      publisher: 'Standards suite',
      note: `What citation ${number} stands for.`,
    })),
  };
}

export async function importArchive(): Promise<void> {
  const copies = factCheckCopies();
  try {
    await importPaths([ADRIATIC, copies]);
  } finally {
    fs.rmSync(copies, { recursive: true, force: true });
  }
  for (const slug of ARCHIVE_FACT_CHECKS) {
    const demo = slug === `${COPY_PREFIX}${DEMO_FACT_CHECK.slug}`;
    await publishDemoFactCheck(strapiInstance(), demo ? { ...DEMO_FACT_CHECK, slug } : await explainerCompletion(slug));
  }
}
