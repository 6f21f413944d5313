import fs from 'fs';
import os from 'os';
import path from 'path';
import { silentProgress } from '../../src/importer/progress';
import { readImportInput, runImport, type ImportOptions, type ImportReport } from '../../src/importer/run-import';
import { chiefEditorToken } from './editorial';
import { editor, http } from './http';
import { strapiInstance } from './strapi';

// What the importer suites share: throwaway Jekyll sites, running an import, and reading what it made.

export const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'shared', 'fixtures');
export const ADRIATIC = path.join(FIXTURES, 'adriatic');

export async function importPaths(paths: string[], options: Partial<ImportOptions> = {}): Promise<ImportReport> {
  const full: ImportOptions = { paths, mode: 'publish', dryRun: false, timeZone: 'Europe/Ljubljana', houseBylines: ['The Adriatic'], ...options };
  return runImport(strapiInstance(), readImportInput(full), full, silentProgress);
}

/** A throwaway Jekyll site: `_posts` files from name → text, plus the fixture's authors.yml. */
export function site(posts: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-import-'));
  fs.mkdirSync(path.join(dir, '_posts'));
  fs.mkdirSync(path.join(dir, '_data'));
  fs.copyFileSync(path.join(ADRIATIC, '_data', 'authors.yml'), path.join(dir, '_data', 'authors.yml'));
  for (const [name, text] of Object.entries(posts)) fs.writeFileSync(path.join(dir, '_posts', name), text);
  return dir;
}

export const post = (title: string, extra = '', body = 'Body text.') =>
  `---\nlayout: post\ntitle: "${title}"\nauthor: The Adriatic\n${extra}\n---\n\n${body}\n`;
export const slugOf = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface ArticleRead {
  documentId: string;
  title: string;
  body: string;
  permalink: string;
  datePublished: string;
  layoutType: string | null;
  presentation: Record<string, unknown> | null;
  kicker: { label: string };
  category: { name: string };
  authors: Array<{ name: string }>;
  highlights: Array<{ documentId: string }>;
}

export async function publishedArticle(slug: string): Promise<ArticleRead[]> {
  const response = await http()
    .get(`/api/articles?filters[slug][$eq]=${slug}&populate[kicker]=true&populate[category]=true&populate[authors]=true&populate[highlights]=true`)
    .expect(200);
  return response.body.data as ArticleRead[];
}

/** The draft, which every imported post has, published or not. */
export async function draftArticle(slug: string): Promise<ArticleRead> {
  const response = await editor.get(`/api/articles?status=draft&filters[slug][$eq]=${slug}&populate[highlights]=true`).expect(200);
  expect(response.body.data).toHaveLength(1);
  return response.body.data[0] as ArticleRead;
}

export interface ReviewAnswer {
  items: Array<{ slug: string; findings: Array<{ gate: string; code: string; message: string }> }>;
  rules: Array<{ gate: string; code: string; documents: number }>;
  total: number;
}

/** Editorial → Needs review as the chief editor reads it: the whole list, or one rule's (`&gate=…&code=…`). */
export async function needsReview(query = ''): Promise<ReviewAnswer> {
  const response = await http()
    .get(`/editorial/review?pageSize=100${query}`)
    .set('Authorization', `Bearer ${await chiefEditorToken()}`)
    .expect(200);
  return response.body.data as ReviewAnswer;
}
