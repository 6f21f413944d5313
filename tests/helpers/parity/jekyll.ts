import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

/** Debian's jekyll (4.3, kramdown with GFM input), which `scripts/ensure-test-tools.js` installs before `npm test`. */
export const JEKYLL = process.env.JEKYLL_PATH ?? '/usr/bin/jekyll';

export interface JekyllBuild {
  /** The site's sources, all given sites' files merged: a site the importer can read. */
  source: string;
  /** Each post's rendered HTML by its slug (the file name's, as the importer takes it). */
  posts: Map<string, string>;
}

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Copies the given Jekyll sites into one temporary site and builds it with the real Jekyll, offline: no _config, so no
 * theme, plugin or layout is loaded and each post's page is its rendered body alone. Throws, never skips, when Jekyll
 * is missing: a parity test that does not run must not pass.
 */
export function buildWithJekyll(sites: string[]): JekyllBuild {
  if (!fs.existsSync(JEKYLL)) {
    throw new Error(`Jekyll was not found at ${JEKYLL}. Install Debian's jekyll (node scripts/ensure-test-tools.js does, as root) or set JEKYLL_PATH.`);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-parity-'));
  const source = path.join(work, 'site');
  const destination = path.join(work, '_site');
  for (const site of sites) fs.cpSync(site, source, { recursive: true });
  const run = spawnSync(JEKYLL, ['build', '--source', source, '--destination', destination, '--disable-disk-cache'], {
    encoding: 'utf8',
    // kramdown reads the posts in the locale's encoding: UTF-8, whatever the machine's.
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', JEKYLL_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`jekyll build failed (${run.status ?? run.signal}):\n${run.stderr}${run.stdout}`);
  const posts = new Map<string, string>();
  for (const file of htmlFiles(destination)) {
    if (/\/\d{4}\/\d\d\/\d\d\//.test(file)) posts.set(path.basename(file, '.html'), fs.readFileSync(file, 'utf8'));
  }
  return { source, posts };
}
