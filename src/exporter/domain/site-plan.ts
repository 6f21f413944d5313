/**
 * What an export does to the site folder, decided before anything is written: a file whose text is already what the
 * CMS says is left untouched (so a second export changes nothing, not even a modification time), a post or fact check
 * the CMS holds under another name (published since, or its date changed) loses its old file, and a file the CMS knows
 * nothing about is left alone and listed.
 */

export interface SiteFile {
  /** Relative to the site's root, `/`-separated. */
  path: string;
  text: string;
}

export interface SitePlan {
  write: SiteFile[];
  unchanged: string[];
  remove: string[];
  leftAlone: string[];
}

const POST = /^_posts\/\d{4}-\d{2}-\d{2}-(.+)\.(?:md|markdown|html)$/;
const DRAFT = /^_drafts\/(.+)\.(?:md|markdown|html)$/;
const FACT_CHECK = /^_factchecks\/(?:_drafts\/)?([^/]+)\.txt$/;

/** The post or fact check a site file is, by slug, or null for any other file. */
export function contentOfPath(path: string): { kind: 'post' | 'fact-check'; slug: string } | null {
  const post = POST.exec(path) ?? DRAFT.exec(path);
  if (post) return { kind: 'post', slug: post[1] };
  const factCheck = FACT_CHECK.exec(path);
  return factCheck ? { kind: 'fact-check', slug: factCheck[1] } : null;
}

/**
 * `planned`: the files the CMS's content makes; `existing`: the post, draft and fact-check files the folder holds;
 * `known`: the slugs of every article and fact check in the CMS, exported or not (a post unpublished since the last
 * export is removed from `_posts/` even with `--published-only`).
 */
export function planSite(
  planned: readonly SiteFile[],
  existing: readonly SiteFile[],
  known: { posts: ReadonlySet<string>; factChecks: ReadonlySet<string> },
): SitePlan {
  const current = new Map(existing.map((file) => [file.path, file.text]));
  const plannedPaths = new Set(planned.map((file) => file.path));
  const plan: SitePlan = { write: [], unchanged: [], remove: [], leftAlone: [] };
  for (const file of planned) {
    if (current.get(file.path) === file.text) plan.unchanged.push(file.path);
    else plan.write.push(file);
  }
  for (const { path } of existing) {
    if (plannedPaths.has(path)) continue;
    const content = contentOfPath(path);
    const slugs = content?.kind === 'post' ? known.posts : known.factChecks;
    if (content && slugs.has(content.slug)) plan.remove.push(path);
    else plan.leftAlone.push(path);
  }
  return plan;
}
