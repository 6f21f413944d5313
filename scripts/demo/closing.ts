/**
 * The demo's closing lines: every demo user's credentials, then the addresses worth opening, each one a route the
 * delivery and sourcing plugins (or Strapi) serve. Pure: scripts/demo/links.ts reads what they point at, and
 * scripts/demo-check.ts requests every one of them. The same list is kept in .tmp/demo.json for the check.
 */
import path from 'path';
import { z } from 'zod';

export const demoManifestSchema = z.object({
  base: z.url(),
  users: z.array(z.object({ label: z.string(), email: z.string().min(1), password: z.string().min(1) })).min(1),
  links: z.array(z.object({ label: z.string(), url: z.url() })).min(1),
});

export type DemoManifest = z.infer<typeof demoManifestSchema>;
export type DemoLink = DemoManifest['links'][number];

/** Where demo:admin leaves the manifest, under the app's folder (.tmp is git-ignored, like the database beside it). */
export const manifestFile = (appDir: string): string => path.join(appDir, '.tmp', 'demo.json');

/** The CMS's public root: PUBLIC_URL without its trailing slash, or localhost on the configured port. */
export function baseUrlOf(publicUrl: string | undefined, port: number): string {
  const trimmed = (publicUrl ?? '').trim().replace(/\/+$/, '');
  return trimmed || `http://localhost:${port}`;
}

export interface ArticleCandidate {
  slug: string;
  datePublished: string | null;
  highlights: number;
}

/** The published article that shows the most: most highlights (its annotations), then the newest, then by slug. */
export function chooseArticle(published: readonly ArticleCandidate[]): string | null {
  const sorted = [...published].sort(
    (a, b) => b.highlights - a.highlights || (b.datePublished ?? '').localeCompare(a.datePublished ?? '') || a.slug.localeCompare(b.slug),
  );
  return sorted[0]?.slug ?? null;
}

export interface DraftCandidate {
  documentId: string;
  slug: string;
}

/** A draft readers cannot see (never published), which only a signed preview shows; the first by slug. */
export function chooseDraftToPreview(drafts: readonly DraftCandidate[], publishedIds: ReadonlySet<string>): DraftCandidate | null {
  return [...drafts].filter((draft) => !publishedIds.has(draft.documentId)).sort((a, b) => a.slug.localeCompare(b.slug))[0] ?? null;
}

export interface LinkTargets {
  base: string;
  articleSlug: string;
  factCheckSlug: string;
  /** The signed preview link, absolute or root-relative (as the Content Manager's preview handler gives it). */
  preview: { label: string; url: string };
}

const absolute = (base: string, url: string): string => (/^https?:\/\//.test(url) ? url : `${base}${url.startsWith('/') ? '' : '/'}${url}`);

export function demoLinks({ base, articleSlug, factCheckSlug, preview }: LinkTargets): DemoLink[] {
  const article = encodeURIComponent(articleSlug);
  const factCheck = encodeURIComponent(factCheckSlug);
  return [
    { label: 'Admin panel', url: `${base}/admin` },
    { label: 'Articles (Content API)', url: `${base}/api/articles` },
    { label: 'Article by slug', url: `${base}/api/articles/by-slug/${article}` },
    { label: 'Its annotations (W3C)', url: `${base}/api/sourcing/articles/${article}/annotations` },
    { label: 'Fact check by slug', url: `${base}/api/fact-checks/by-slug/${factCheck}` },
    { label: 'Its ClaimReview', url: `${base}/api/fact-checks/by-slug/${factCheck}/jsonld` },
    { label: 'RSS feed', url: `${base}/api/feeds/rss.xml` },
    { label: preview.label, url: absolute(base, preview.url) },
  ];
}

export function closingLines({ users, links }: DemoManifest): string[] {
  const width = Math.max(...users.map((user) => user.label.length), ...links.map((link) => link.label.length)) + 1;
  const emailWidth = Math.max(...users.map((user) => user.email.length));
  const pad = (label: string) => `${label}:`.padEnd(width);
  return [
    'Sign in at the admin panel as any of (e-mail, password):',
    ...users.map((user) => `  ${pad(user.label)}  ${user.email.padEnd(emailWidth)}  ${user.password}`),
    '',
    'Worth opening:',
    ...links.map((link) => `  ${pad(link.label)}  ${link.url}`),
    '',
    'The preview link is signed and works for an hour; the admin panel makes a fresh one (Open preview) every time.',
  ];
}
