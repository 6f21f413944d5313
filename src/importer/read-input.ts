import fs from 'fs';
import path from 'path';
import { parseAuthorsFile, type ImportedAuthor } from './domain/authors';
import { parseFactCheckText, type ImportedFactCheck } from './domain/fact-check-text';
import { parseJekyllPost, type ImportedArticle } from './domain/jekyll-post';
import { bodyLosses } from './domain/body-losses';
import { readCorrectionNotes } from './domain/correction-notes';
import { readFrontMatter } from './domain/front-matter';
import type { TalliedType } from './domain/tally';

/** `losses`: what the CMS keeps of the file but cannot show as the old site did, for the report (bodyLosses). */
export type InputItem =
  | { kind: 'article'; key: string; file: string; article: ImportedArticle; frontMatter: Record<string, unknown>; losses: string[]; corrections: string[] }
  | { kind: 'fact-check'; key: string; file: string; factCheck: ImportedFactCheck; losses: string[] };

export interface InputFailure {
  type: TalliedType;
  file: string;
  reason: string;
}

export interface ImportInput {
  authors: ImportedAuthor[];
  items: InputItem[];
  failures: InputFailure[];
}

const POST_FILE = /\.(?:md|markdown)$/i;
const FACT_CHECK_FILE = /\.txt$/i;

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code) return `unreadable file (${code})`;
  return error instanceof Error ? error.message : String(error);
}

function listFiles(dir: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && pattern.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/**
 * What one import path holds: a Jekyll site (`_posts/` and `_data/authors.yml`), a `_posts` folder, a folder of
 * fact-check `.txt` files, or a single post or fact-check file. Throws only when the path itself is unusable; a file
 * that cannot be read or parsed becomes a failure with its reason, and the rest is read.
 */
export function readInput(inputPath: string, timeZone: string, into: ImportInput): void {
  const root = path.resolve(inputPath);
  const stat = fs.statSync(root);
  const posts: string[] = [];
  const factChecks: string[] = [];
  let base = stat.isDirectory() ? root : path.dirname(root);
  if (stat.isFile()) (FACT_CHECK_FILE.test(root) ? factChecks : posts).push(root);
  else if (fs.existsSync(path.join(root, '_posts'))) posts.push(...listFiles(path.join(root, '_posts'), POST_FILE));
  else if (path.basename(root) === '_posts') {
    base = path.dirname(root);
    posts.push(...listFiles(root, POST_FILE));
  } else factChecks.push(...listFiles(root, FACT_CHECK_FILE));
  if (posts.length === 0 && factChecks.length === 0) throw new Error(`${inputPath}: no Jekyll posts or fact-check .txt files found`);

  const authorsFile = path.join(base, '_data', 'authors.yml');
  if (posts.length > 0 && fs.existsSync(authorsFile)) {
    try {
      into.authors.push(...parseAuthorsFile(fs.readFileSync(authorsFile, 'utf8')));
    } catch (error) {
      into.failures.push({ type: 'Author', file: authorsFile, reason: reasonOf(error) });
    }
  }
  const relative = (file: string) => path.relative(base, file).split(path.sep).join('/');
  for (const file of posts) {
    try {
      const source = fs.readFileSync(file, 'utf8');
      const parsed = parseJekyllPost(path.basename(file), source, timeZone);
      const { data: frontMatter } = readFrontMatter(source);
      const notes = readCorrectionNotes(frontMatter, parsed.body, parsed.datePublished, timeZone);
      // Only a post with notes carries the field, so every other post's fingerprint stays what it was.
      const article = notes.entries.length > 0 ? { ...parsed, corrections: notes.entries } : parsed;
      const key = `jekyll:${relative(file)}#${article.slug}`;
      into.items.push({ kind: 'article', key, file, article, frontMatter, losses: bodyLosses(source, article.body), corrections: notes.notes });
    } catch (error) {
      into.failures.push({ type: 'Article', file, reason: reasonOf(error) });
    }
  }
  for (const file of factChecks) {
    try {
      const factCheck = parseFactCheckText(fs.readFileSync(file, 'utf8'), path.basename(file, path.extname(file)));
      into.items.push({ kind: 'fact-check', key: `factcheck:${relative(file)}#${factCheck.slug}`, file, factCheck, losses: [] });
    } catch (error) {
      into.failures.push({ type: 'FactCheck', file, reason: reasonOf(error) });
    }
  }
}
