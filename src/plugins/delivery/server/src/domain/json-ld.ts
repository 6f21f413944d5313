import { withNewsroomOffset } from '#domain/newsroom-time';
import { correctionComments, type ReaderCorrection } from './corrections';
import type { ArticleView, Byline, FactCheckView, ImageDisclosure, SiteSettings, Verdict } from './types';

/**
 * schema.org structured data for article and fact-check pages: NewsArticle for search engines and aggregators,
 * ClaimReview for fact-check tools. Empty values are left out rather than emitted as null, because validators flag a
 * null property as an error where they accept a missing optional one.
 */

type JsonLd = Record<string, unknown>;

const SCHEMA_CONTEXT = 'https://schema.org';

/** Google has long advised headlines of at most 110 characters; some surfaces cut longer ones wherever they fall. */
export const HEADLINE_LIMIT = 110;

const ELLIPSIS = '…';

/**
 * The desk's rating scale, 1 (false) to 5 (true). "Misleading" sits with "mostly false": the facts may hold but the
 * claim leaves a false impression. "Unproven" is not a point on the scale, so it has no number and readers and tools
 * see only its name (Google requires alternateName, not ratingValue).
 */
export const VERDICT_RATINGS: Record<Verdict, { ratingValue: number | null; alternateName: string }> = {
  false: { ratingValue: 1, alternateName: 'False' },
  'mostly-false': { ratingValue: 2, alternateName: 'Mostly false' },
  misleading: { ratingValue: 2, alternateName: 'Misleading' },
  mixed: { ratingValue: 3, alternateName: 'Mixed' },
  'mostly-true': { ratingValue: 4, alternateName: 'Mostly true' },
  true: { ratingValue: 5, alternateName: 'True' },
  unproven: { ratingValue: null, alternateName: 'Unproven' },
};

export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** Missing, null, blank and empty-list values carry no information, so they are dropped. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** A copy of the record without its empty values; shared with the JSON Feed builder. */
export function omitEmpty(record: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => !isEmpty(value)));
}

/**
 * A headline within HEADLINE_LIMIT characters, ellipsis included, cut at the last space so no word is split. Counted
 * in code points, so an emoji is never cut in half; one word longer than the limit is cut where it must be.
 */
export function truncateHeadline(title: string, limit = HEADLINE_LIMIT): string {
  const chars = Array.from(title.trim());
  if (chars.length <= limit) return chars.join('');
  const room = limit - ELLIPSIS.length;
  const kept = chars.slice(0, room).join('');
  // When the first character left out is a space, the last kept word is whole; otherwise it is dropped.
  const lastSpace = /\s/.test(chars[room]) ? kept.length : kept.search(/\s\S*$/);
  const cut = lastSpace > 0 ? kept.slice(0, lastSpace) : kept;
  // "Summit opens:…" reads as a fault; the ellipsis replaces the trailing punctuation.
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}

/** Every byline is a Person, house bylines ("Staff") too: one shape is what consumers handle best. */
function personOf(byline: Byline): JsonLd {
  return omitEmpty({ '@type': 'Person', name: byline.name, url: byline.url });
}

function publisherOf(site: SiteSettings): JsonLd {
  const logo = site.logoUrl ? { '@type': 'ImageObject', url: site.logoUrl } : null;
  return omitEmpty({ '@type': 'Organization', name: site.name, url: site.siteUrl, logo });
}

/**
 * The lead image with its disclosure: credit and IPTC source type travel with it so AI images stay labelled. An article
 * without a picture shows the site's placeholder, which is then its image (with the placeholder's disclosure); never the
 * publisher's logo, since Google's Article guidelines ask for an image that belongs to the article.
 */
function imageObjectOf(image: ImageDisclosure | null, site: SiteSettings): JsonLd | null {
  const url = image?.url ?? site.placeholderImageUrl;
  if (!url) return null;
  return omitEmpty({
    '@type': 'ImageObject',
    url,
    caption: image?.caption,
    creditText: image?.credit,
    // The file's size is the lead image's, not the placeholder's.
    width: image?.url ? image.width : null,
    height: image?.url ? image.height : null,
    digitalSourceType: image?.digitalSourceType,
  });
}

/** Dates as the newsroom's clock showed them, with its offset (SITE_TIME_ZONE), as the delivery README promises. */
const zoned = (value: string, timeZone: string): string => withNewsroomOffset(value, timeZone) ?? value;

const correctionsOf = (corrections: readonly ReaderCorrection[] | undefined, timeZone: string): JsonLd[] =>
  correctionComments(corrections ?? []).map((comment) => ({ ...comment, datePublished: zoned(String(comment.datePublished), timeZone) }));

export function newsArticleJsonLd(article: ArticleView, site: SiteSettings, timeZone: string): JsonLd {
  return omitEmpty({
    '@context': SCHEMA_CONTEXT,
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    url: article.url,
    headline: truncateHeadline(article.title),
    description: article.deck,
    datePublished: zoned(article.datePublished, timeZone),
    dateModified: zoned(article.dateModified, timeZone),
    author: article.authors.map(personOf),
    publisher: publisherOf(site),
    articleSection: article.category?.name,
    // The kicker names the running story the article belongs to, which is what keywords are for.
    keywords: article.kicker?.name,
    image: imageObjectOf(article.image, site),
    citation: article.citations.map((url) => ({ '@type': 'CreativeWork', url })),
    correction: correctionsOf(article.corrections, timeZone),
  });
}

function ratingOf(verdict: Verdict): JsonLd {
  const { ratingValue, alternateName } = VERDICT_RATINGS[verdict];
  if (ratingValue === null) return { '@type': 'Rating', alternateName };
  return { '@type': 'Rating', ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName };
}

/** ClaimReview for a fact check with a verdict; null before the desk has rated the claim, as there is nothing to review. */
export function claimReviewJsonLd(factCheck: FactCheckView, site: SiteSettings, timeZone: string): JsonLd | null {
  if (factCheck.verdict === null) return null;
  return omitEmpty({
    '@context': SCHEMA_CONTEXT,
    '@type': 'ClaimReview',
    url: factCheck.url,
    claimReviewed: factCheck.claimReviewed?.trim() || factCheck.title,
    datePublished: zoned(factCheck.datePublished, timeZone),
    author: omitEmpty({ '@type': 'Organization', name: site.name, url: site.siteUrl }),
    reviewRating: ratingOf(factCheck.verdict),
    // Who made the claim and where it first appeared are not recorded, so the Claim carries its type only.
    itemReviewed: { '@type': 'Claim' },
    correction: correctionsOf(factCheck.corrections, timeZone),
  });
}

/**
 * JSON for a `<script type="application/ld+json">` element. "<" becomes its JSON escape so no value can close the
 * script ("</script>") or open a comment ("<!--"); JSON parsers read the escape back as "<".
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
