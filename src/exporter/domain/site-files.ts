import { authorsFileText, type AuthorForExport } from './authors-file';
import { factCheckPath, factCheckText, type FactCheckForExport } from './fact-check-text';
import { postPath, postText } from './post-file';
import { postFrontMatter, type ArticleForExport } from './post-front-matter';
import type { SiteFile } from './site-plan';

export const AUTHORS_FILE = '_data/authors.yml';

/** What the CMS holds that an export writes. */
export interface SiteContent {
  /** Each article with its authors' bios and the front matter it was imported from, if it was. */
  articles: Array<{ article: ArticleForExport; authors: AuthorForExport[]; original: Record<string, unknown> | null }>;
  factChecks: Array<FactCheckForExport & { draft: boolean }>;
}

export interface SiteOptions {
  publishedOnly: boolean;
  timeZone: string;
}

/**
 * Every file the CMS's content makes: a post per article, a text file per fact check, and `_data/authors.yml` with the
 * authors of the posts written (`existingAuthors` is that file's text, whose other entries and keys are kept).
 */
export function siteFiles(content: SiteContent, options: SiteOptions, existingAuthors: string | null): SiteFile[] {
  const files: SiteFile[] = [];
  const authors = new Map<string, AuthorForExport>();
  for (const { article, authors: bylines, original } of content.articles) {
    if (article.draft && options.publishedOnly) continue;
    for (const author of bylines) authors.set(author.name, author);
    files.push({ path: postPath(article, options.timeZone), text: postText(postFrontMatter(article, original, options.timeZone), article.body) });
  }
  for (const factCheck of content.factChecks) {
    if (factCheck.draft && options.publishedOnly) continue;
    files.push({ path: factCheckPath(factCheck.slug, factCheck.draft), text: factCheckText(factCheck) });
  }
  if (authors.size > 0) files.push({ path: AUTHORS_FILE, text: authorsFileText([...authors.values()], existingAuthors) });
  return files;
}
