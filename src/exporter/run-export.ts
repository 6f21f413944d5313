import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { AUTHORS_FILE, siteFiles, type SiteOptions } from './domain/site-files';
import { planSite, type SiteFile, type SitePlan } from './domain/site-plan';
import { readSiteContent } from './strapi/read-content';

export interface ExportOptions extends SiteOptions {
  siteDir: string;
}

// The folders whose post and fact-check files the export owns; a file in them the CMS does not know is left alone.
const CONTENT_DIRS = ['_posts', '_drafts', '_factchecks', '_factchecks/_drafts'];

function readIfPresent(file: string): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

function existingFiles(root: string): SiteFile[] {
  const files: SiteFile[] = [];
  for (const dir of CONTENT_DIRS) {
    const full = path.join(root, dir);
    if (!fs.existsSync(full)) continue;
    for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
      if (entry.isFile()) files.push({ path: `${dir}/${entry.name}`, text: fs.readFileSync(path.join(full, entry.name), 'utf8') });
    }
  }
  const authors = readIfPresent(path.join(root, AUTHORS_FILE));
  if (authors !== null) files.push({ path: AUTHORS_FILE, text: authors });
  return files;
}

/**
 * Writes the CMS's articles and fact checks into a Jekyll site folder (made if missing) and returns what it did. Only
 * files whose text changes are written; see `planSite` for what is removed and what is left alone.
 */
export async function runExport(strapi: Core.Strapi, options: ExportOptions): Promise<SitePlan> {
  const root = path.resolve(options.siteDir);
  const content = await readSiteContent(strapi);
  const planned = siteFiles(content, options, readIfPresent(path.join(root, AUTHORS_FILE)));
  const known = {
    posts: new Set(content.articles.map(({ article }) => article.slug)),
    factChecks: new Set(content.factChecks.map((factCheck) => factCheck.slug)),
  };
  const plan = planSite(planned, existingFiles(root), known);
  for (const file of plan.write) {
    const target = path.join(root, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.text);
  }
  for (const file of plan.remove) fs.rmSync(path.join(root, file));
  return plan;
}
