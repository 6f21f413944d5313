import fs from 'fs';
import path from 'path';
import { errors } from '@strapi/utils';
import { closingLines, manifestFile, type DemoManifest } from './demo/closing';
import { ensureDemoUser, ensureSectionEditor } from './demo/admin';
import { publishDemoFactCheck } from './demo/fact-check';
import { collectDemoLinks } from './demo/links';
import { demoCredentials } from './demo/role-users';
import { withStandaloneStrapi } from './lib/standalone-strapi';
import { ARTICLE_UID } from '#domain/uids';

// Compiled to dist/scripts, so the project root is two levels up.
const appDir = path.resolve(__dirname, '..', '..');

/**
 * After the importer has loaded the newsroom: the demo's users (the Super Admin and one per newsroom role), one fact
 * check completed and published, then the closing lines (credentials and addresses worth opening), also kept in
 * .tmp/demo.json for `npm run demo:check`. Every step finds what an earlier run made and brings it up to date.
 * `--quiet` leaves the closing lines out: scripts/demo.sh prints them once the server answers.
 */
async function main(): Promise<void> {
  const manifest = await withStandaloneStrapi(async (strapi): Promise<DemoManifest> => {
    const users = demoCredentials(process.env);
    for (const user of users) await ensureSectionEditor(strapi, await ensureDemoUser(strapi, user), user.sections);
    const factCheck = await publishDemoFactCheck(strapi);
    process.stdout.write(
      factCheck.changed
        ? `Completed and published the fact check "${factCheck.slug}": sources on its citations, its verdict, the leaked token cut.\n`
        : `The fact check "${factCheck.slug}" was already completed and published.\n`,
    );
    const articles = await strapi.documents(ARTICLE_UID).count({ status: 'published' });
    process.stdout.write(`Demo newsroom: ${articles} published articles.\n`);
    const { base, links } = await collectDemoLinks(strapi, factCheck);
    return { base, users: users.map(({ label, email, password }) => ({ label, email, password })), links };
  });
  const file = manifestFile(appDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // It holds the demo's passwords, as .env does.
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  if (!process.argv.includes('--quiet')) process.stdout.write(`\n${closingLines(manifest).join('\n')}\n`);
}

/** A refused save says which fields to fix (details.errors), which the stack alone would not show. */
function describe(error: unknown): string {
  if (error instanceof errors.ValidationError) {
    const details = (error.details as { errors?: Array<{ path?: unknown[]; message?: string }> } | undefined)?.errors ?? [];
    return [error.message, ...details.map((detail) => `  - ${(detail.path ?? []).join('.')}: ${detail.message}`)].join('\n');
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

main().catch((error: unknown) => {
  process.stderr.write(`Demo setup failed: ${describe(error)}\n`);
  process.exitCode = 1;
});
