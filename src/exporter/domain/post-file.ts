import type { ArticleForExport } from './post-front-matter';
import { wallTime } from './dates';
import { toYaml } from './yaml-text';

export const POSTS_DIR = '_posts';
export const DRAFTS_DIR = '_drafts';

/**
 * Where a post goes in the site, relative to its root, with `/` separators: `_posts/YYYY-MM-DD-slug.md`, the date the
 * site's calendar date of publication (what Jekyll puts in the URL), or `_drafts/slug.md` for an article readers
 * cannot see, which Jekyll builds only with `--drafts`.
 */
export function postPath(article: Pick<ArticleForExport, 'slug' | 'datePublished' | 'draft'>, timeZone: string): string {
  if (article.draft) return `${DRAFTS_DIR}/${article.slug}.md`;
  return `${POSTS_DIR}/${wallTime(article.datePublished, timeZone).date}-${article.slug}.md`;
}

/**
 * A Jekyll post file: the front matter, a blank line, the body exactly as stored, and one closing newline (the importer
 * reads the body without the blank line and without trailing white space, so this file reads back as the same body).
 */
export function postText(frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${toYaml(frontMatter)}---\n${body === '' ? '' : `\n${body}\n`}`;
}
