import { documentUrl, underSite } from './domain/urls';
import { renderBodyHtml, plainText } from './domain/body-html';
import { readerCorrections, type StoredCorrection } from './domain/corrections';
import type { ArticleView, Byline, FactCheckView, FeedItem, ImageDisclosure, Taxon, Verdict } from './domain/types';
import type { DeliveryConfig } from './config';
import { ARTICLE_UID, AUTHOR_UID, CATEGORY_UID, FILE_UID, KICKER_UID } from './constants';

/** A related document as the document service populates it. */
export interface Related {
  documentId: string;
  [field: string]: unknown;
}

export { articleRefs, factCheckRefs } from './refs';

export interface ArticleDocument extends Related {
  slug: string;
  permalink?: string | null;
  title: string;
  deck?: string | null;
  body?: string | null;
  datePublished?: string | null;
  dateModified?: string | null;
  publishedAt: string;
  updatedAt: string;
  kicker?: Related | null;
  category?: Related | null;
  authors?: Related[];
  leadImage?: { url?: string | null; file?: Related | null } | null;
  imageDisclosure?: { caption?: string | null; credit?: string | null; digitalSourceType?: string | null } | null;
  highlights?: Array<Related & { source?: Related | null }>;
  sources?: Related[];
  corrections?: StoredCorrection[];
}

export interface FactCheckDocument extends Related {
  slug: string;
  title: string;
  claimReviewed?: string | null;
  verdict?: Verdict | null;
  summary?: string | null;
  checkedOn?: string | null;
  publishedAt: string;
  updatedAt: string;
  createdAt?: string;
  citations?: Array<{ number: number; source?: Related | null }>;
  sources?: Related[];
  corrections?: StoredCorrection[];
}

/** The populate that gives an article everything its page shows. */
export const ARTICLE_POPULATE = {
  kicker: true,
  category: true,
  authors: true,
  leadImage: { populate: { file: true } },
  highlights: { populate: { source: true } },
  sources: true,
  corrections: true,
};

/** NewsArticle shows the article's facts, byline, section, image, citations and corrections, not its highlights. */
export const JSON_LD_POPULATE = { kicker: true, category: true, authors: true, leadImage: { populate: { file: true } }, sources: true, corrections: true };

/** Lists and feeds show each article's kicker, category, bylines and image, not its highlights and sources. */
export const LIST_POPULATE = { kicker: true, category: true, authors: true, leadImage: { populate: { file: true } }, corrections: true };

/** The types a list or feed shows, for its cache tags. */
export const LIST_TYPES = [ARTICLE_UID, KICKER_UID, CATEGORY_UID, AUTHOR_UID, FILE_UID];

/** Newest first: by first publication, then by the last publish for articles published at the same instant. */
export const NEWEST_FIRST = [{ datePublished: 'desc' }, { publishedAt: 'desc' }];

export const FACT_CHECK_POPULATE = {
  sections: true,
  relatedQuestions: true,
  citations: { populate: { source: true } },
  sources: true,
  corrections: true,
};

/**
 * An article as readers are shown it: a kicker still proposed is not shown until an editor approves it, however it came
 * to be linked (the editorial gate keeps it off a publish, but a kicker is not a draft-and-publish type: a link made
 * from the kicker's side reaches the published article at once). Cache tags are taken from the article as stored, so
 * the kicker's approval still refreshes the answers.
 */
export function asShown<T extends { kicker?: Related | null }>(article: T): T {
  return article.kicker?.state === 'proposed' ? { ...article, kicker: null } : article;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

const taxon = (related: Related | null | undefined, name: string): Taxon | null =>
  related ? { name: String(related[name] ?? ''), slug: String(related.slug ?? '') } : null;

/** An author's page on the site, when the site has author pages; a house byline ("The Adriatic") has none. */
function authorUrl(config: DeliveryConfig, author: Related): string | null {
  const slug = text(author.slug);
  if (!config.authorPath || !slug || author.isHouseByline === true) return null;
  return underSite(config.site.siteUrl, config.authorPath.replace(':slug', encodeURIComponent(slug)));
}

const bylines = (config: DeliveryConfig, authors: Related[] | undefined): Byline[] =>
  (authors ?? []).map((author) => ({ name: String(author.name ?? ''), url: authorUrl(config, author) }));

/** Where the CMS serves an uploaded file, absolute, so structured data and feeds can point at it. */
function fileUrl(file: Related | null | undefined, cmsUrl: string): string | null {
  const url = text(file?.url);
  if (!url) return null;
  return /^https?:/i.test(url) ? url : underSite(cmsUrl, url);
}

export const published = (article: { datePublished?: string | null; publishedAt: string }): string => article.datePublished || article.publishedAt;

export function articleUrl(config: DeliveryConfig, article: ArticleDocument): string {
  return documentUrl(config.site.siteUrl, config.articlePath, { slug: article.slug, permalink: article.permalink, datePublished: published(article) });
}

export function factCheckUrl(config: DeliveryConfig, factCheck: FactCheckDocument): string {
  return documentUrl(config.site.siteUrl, config.factCheckPath, { slug: factCheck.slug, datePublished: factCheck.publishedAt });
}

function imageOf(article: ArticleDocument, cmsUrl: string): ImageDisclosure | null {
  const disclosure = article.imageDisclosure;
  const file = article.leadImage?.file;
  const url = fileUrl(file, cmsUrl) ?? text(article.leadImage?.url);
  if (!disclosure && !url) return null;
  const size = (value: unknown) => (typeof value === 'number' ? value : null);
  return {
    url,
    caption: text(disclosure?.caption),
    credit: text(disclosure?.credit),
    digitalSourceType: text(disclosure?.digitalSourceType),
    width: size(file?.width),
    height: size(file?.height),
  };
}

export function articleView(config: DeliveryConfig, article: ArticleDocument, cmsUrl: string): ArticleView {
  return {
    documentId: article.documentId,
    url: articleUrl(config, article),
    title: article.title,
    deck: text(article.deck),
    datePublished: published(article),
    dateModified: article.dateModified || article.updatedAt,
    kicker: taxon(asShown(article).kicker, 'label'),
    category: taxon(article.category, 'name'),
    authors: bylines(config, article.authors),
    image: imageOf(article, cmsUrl),
    citations: (article.sources ?? []).map((source) => String(source.url ?? '')).filter((url) => url !== ''),
    corrections: readerCorrections(article.corrections),
  };
}

export function factCheckView(config: DeliveryConfig, factCheck: FactCheckDocument): FactCheckView {
  return {
    documentId: factCheck.documentId,
    url: factCheckUrl(config, factCheck),
    title: factCheck.title,
    claimReviewed: text(factCheck.claimReviewed),
    verdict: factCheck.verdict ?? null,
    summaryText: text(plainText(renderBodyHtml(factCheck.summary, { siteUrl: config.site.siteUrl }))),
    datePublished: factCheck.publishedAt,
    dateModified: factCheck.updatedAt,
    authors: [],
    citations: (factCheck.citations ?? [])
      .filter((citation) => text(citation.source?.url))
      .map((citation) => ({ number: citation.number, url: String(citation.source?.url), title: text(citation.source?.title) })),
    corrections: readerCorrections(factCheck.corrections),
  };
}

/** An article as a feed entry; `withContent` carries the whole body, its site links made absolute. */
export function articleFeedItem(config: DeliveryConfig, article: ArticleDocument, cmsUrl: string): FeedItem {
  const view = articleView(config, article, cmsUrl);
  const contentHtml = renderBodyHtml(article.body, { siteUrl: config.site.siteUrl, absolute: true });
  return {
    documentId: view.documentId,
    url: view.url,
    title: view.title,
    summary: view.deck,
    contentHtml: contentHtml || null,
    datePublished: view.datePublished,
    dateModified: view.dateModified,
    authors: view.authors,
    tags: [view.category?.name, view.kicker?.name].filter((tag): tag is string => Boolean(tag)),
    imageUrl: view.image?.url ?? null,
    corrections: view.corrections,
  };
}
