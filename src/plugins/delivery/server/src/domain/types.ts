import type { ReaderCorrection } from './corrections';

/**
 * What the delivery builders read: plain values the server gathers from published documents. Dates are ISO 8601
 * strings with their offset (`2026-02-19T08:00:00.000Z`); URLs are absolute.
 */

/** The newsroom's public site, as frontends and aggregators know it. */
export interface SiteSettings {
  /** Root of the public site, ending in "/": `https://the-adriatic.github.io/the-adriatic/`. */
  siteUrl: string;
  /** The publication's name: "The Adriatic". */
  name: string;
  description: string;
  /** BCP 47 language of the publication, for feeds and the Google News sitemap: "en". */
  language: string;
  /** Optional absolute URL of the publisher's logo, for NewsArticle's publisher. */
  logoUrl: string | null;
  /**
   * Optional absolute URL of the picture the site shows for an article without one (the newsroom's pixel-art AI
   * placeholder), so such an article's NewsArticle still has the image its page shows.
   */
  placeholderImageUrl: string | null;
}

export interface Byline {
  name: string;
  /** The author's page on the site, when the site has one. */
  url: string | null;
}

export interface Taxon {
  name: string;
  slug: string;
}

/** The lead image as readers are told about it (the image-policy plugin's disclosure). */
export interface ImageDisclosure {
  url: string | null;
  caption: string | null;
  credit: string | null;
  /** IPTC Digital Source Type URI, e.g. http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia. */
  digitalSourceType: string | null;
  width: number | null;
  height: number | null;
}

export interface ArticleView {
  documentId: string;
  /** The article's public page. */
  url: string;
  title: string;
  deck: string | null;
  datePublished: string;
  dateModified: string;
  kicker: Taxon | null;
  category: Taxon | null;
  authors: Byline[];
  image: ImageDisclosure | null;
  /** Every outside page the body cites, in order of first citation. */
  citations: string[];
  /** The corrections log, newest first. */
  corrections?: ReaderCorrection[];
}

/** A documented verdict on the desk's rating scale. */
export type Verdict = 'true' | 'mostly-true' | 'mixed' | 'mostly-false' | 'false' | 'misleading' | 'unproven';

export interface FactCheckView {
  documentId: string;
  url: string;
  title: string;
  /** The claim as a reader met it; the title stands in when it is empty. */
  claimReviewed: string | null;
  verdict: Verdict | null;
  /** Plain-text summary (no HTML), for descriptions. */
  summaryText: string | null;
  datePublished: string;
  dateModified: string;
  authors: Byline[];
  citations: { number: number; url: string; title: string | null }[];
  /** The corrections log, newest first. */
  corrections?: ReaderCorrection[];
}

/** One entry of a feed or sitemap: an article or a fact check. */
export interface FeedItem {
  documentId: string;
  url: string;
  title: string;
  /** Standfirst or summary, plain text. */
  summary: string | null;
  /** Full sanitized HTML, when the feed carries content. */
  contentHtml: string | null;
  datePublished: string;
  dateModified: string;
  authors: Byline[];
  /** Category and kicker names, for RSS <category> and JSON Feed tags. */
  tags: string[];
  imageUrl: string | null;
  /** The story's corrections, newest first: a feed marks the item corrected and shows them under its text. */
  corrections?: ReaderCorrection[];
}

/** Which slice of the site a feed covers: the whole site, one category or one kicker. */
export interface FeedScope {
  title: string;
  description: string;
  /** The HTML page the feed mirrors. */
  homePageUrl: string;
  /** The feed's own address. */
  feedUrl: string;
}

export interface SitemapEntry {
  url: string;
  lastModified: string;
}
