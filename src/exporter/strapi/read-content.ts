import type { Core, UID } from '@strapi/strapi';
import type { AuthorForExport } from '../domain/authors-file';
import type { FactCheckForExport } from '../domain/fact-check-text';
import type { ArticleForExport } from '../domain/post-front-matter';
import type { SiteContent } from '../domain/site-files';
import { ARTICLE_UID, FACT_CHECK_UID, IMPORT_RECORD_UID } from '#domain/uids';

const PAGE = 100;

type Row = Record<string, unknown> & { documentId: string };

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const iso = (value: unknown): string | null => (value instanceof Date ? value.toISOString() : text(value) ? new Date(String(value)).toISOString() : null);
const isPair = (value: unknown): value is [string, unknown] => Array.isArray(value) && value.length === 2 && typeof value[0] === 'string';
const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every document of a type in one status, a page at a time. */
async function allDocuments(strapi: Core.Strapi, uid: UID.ContentType, status: 'draft' | 'published', populate: object): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = (await strapi.documents(uid).findMany({ status, populate, sort: 'id:asc', start, limit: PAGE } as never)) as unknown as Row[];
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}

/**
 * The version readers see of each document, and, for one never published, its draft marked as a draft. A published
 * document's unpublished edits are not exported: the site shows what readers are shown.
 */
async function readerVersions(strapi: Core.Strapi, uid: UID.ContentType, populate: object): Promise<Array<{ row: Row; draft: boolean }>> {
  const published = await allDocuments(strapi, uid, 'published', populate);
  const seen = new Set(published.map((row) => row.documentId));
  const drafts = (await allDocuments(strapi, uid, 'draft', populate)).filter((row) => !seen.has(row.documentId));
  return [...published.map((row) => ({ row, draft: false })), ...drafts.map((row) => ({ row, draft: true }))];
}

/** The front matter each imported post had, by the documentId it became; the latest record wins. */
async function importedFrontMatter(strapi: Core.Strapi): Promise<Map<string, Record<string, unknown>>> {
  const records = (await strapi.db.query(IMPORT_RECORD_UID).findMany({
    where: { contentType: ARTICLE_UID },
    select: ['target', 'frontMatter'],
    orderBy: { id: 'asc' },
  })) as Array<{ target: string; frontMatter: unknown }>;
  const known = new Map<string, Record<string, unknown>>();
  for (const { target, frontMatter } of records) {
    if (Array.isArray(frontMatter) && frontMatter.every(isPair)) known.set(target, Object.fromEntries(frontMatter));
  }
  return known;
}

const ARTICLE_POPULATE = {
  authors: { fields: ['name', 'bio'] },
  category: { fields: ['name', 'slug'] },
  kicker: { fields: ['label', 'slug'] },
  leadImage: { populate: { file: { fields: ['url'] } } },
};

function articleOf(row: Row, draft: boolean): { article: ArticleForExport; authors: AuthorForExport[] } {
  const authors = (Array.isArray(row.authors) ? row.authors : []) as Array<{ name: string; bio: string | null }>;
  const category = row.category as { name: string; slug: string } | null;
  const kicker = row.kicker as { label: string; slug: string } | null;
  const image = row.leadImage as { url?: string | null; caption?: string | null; credit?: string | null; file?: { url?: string } | null } | null;
  const datePublished = iso(row.datePublished) ?? iso(row.publishedAt) ?? iso(row.createdAt) ?? new Date(0).toISOString();
  const article: ArticleForExport = {
    slug: String(row.slug),
    title: String(row.title),
    permalink: text(row.permalink),
    datePublished,
    dateModified: iso(row.dateModified),
    layout: text(row.layout) ?? 'post',
    layoutType: text(row.layoutType),
    authors: authors.map((author) => author.name),
    category: category ? { name: category.name, slug: category.slug } : null,
    kicker: kicker ? { label: kicker.label, slug: kicker.slug } : null,
    deck: text(row.deck),
    body: typeof row.body === 'string' ? row.body : '',
    leadImage: image ? { url: text(image.url) ?? text(image.file?.url), caption: text(image.caption), credit: text(image.credit) } : null,
    presentation: isMap(row.presentation) ? row.presentation : null,
    draft,
  };
  return { article, authors: authors.map((author) => ({ name: author.name, bio: text(author.bio) })) };
}

function factCheckOf(row: Row, draft: boolean): FactCheckForExport & { draft: boolean } {
  const sections = (Array.isArray(row.sections) ? row.sections : []) as Array<{ heading: string; body: string | null }>;
  const questions = (Array.isArray(row.relatedQuestions) ? row.relatedQuestions : []) as Array<{ question: string }>;
  return {
    slug: String(row.slug),
    title: String(row.title),
    checkedOn: text(row.checkedOn),
    summary: text(row.summary),
    sections: sections.map((section) => ({ heading: section.heading, body: text(section.body) })),
    bottomLine: text(row.bottomLine),
    limitations: text(row.limitations),
    relatedQuestions: questions.map((question) => question.question),
    draft,
  };
}

/** Everything the export writes, read from the CMS: articles with their authors and import memory, fact checks. */
export async function readSiteContent(strapi: Core.Strapi): Promise<SiteContent> {
  const frontMatter = await importedFrontMatter(strapi);
  const articles = (await readerVersions(strapi, ARTICLE_UID, ARTICLE_POPULATE)).map(({ row, draft }) => ({
    ...articleOf(row, draft),
    original: frontMatter.get(row.documentId) ?? null,
  }));
  const factChecks = (await readerVersions(strapi, FACT_CHECK_UID, { sections: true, relatedQuestions: true })).map(({ row, draft }) =>
    factCheckOf(row, draft),
  );
  return { articles, factChecks };
}
