/**
 * Shape checks for the JSON-LD, from what the consumers document: Google's Article structured data (headline, dates in
 * ISO 8601 with a time zone, authors as Person or Organization with a name and an absolute url, images as absolute
 * URLs) and its ClaimReview requirements (claimReviewed, reviewRating with alternateName, and ratingValue between
 * worstRating and bestRating when it has one; url; an author Organization). Dates must also carry the newsroom's offset,
 * as the delivery README says: an instant in ISO 8601 with a numeric offset, never "Z" (Europe/Ljubljana is never UTC).
 */

type Json = Record<string, unknown>;

export interface PageFacts {
  url: string;
  datePublished: string;
}

const OFFSET_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$/;
const isAbsoluteUrl = (value: unknown): boolean => typeof value === 'string' && /^https?:\/\//.test(value) && URL.canParse(value);
const isText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

function collector() {
  const problems: string[] = [];
  return { problems, check: (condition: boolean, message: string) => (condition ? undefined : problems.push(message)) };
}

function checkDate(check: (condition: boolean, message: string) => unknown, name: string, value: unknown, instant?: string): void {
  check(typeof value === 'string' && OFFSET_DATE.test(value), `${name} "${String(value)}" is not an ISO 8601 instant with the newsroom's offset`);
  if (instant !== undefined) check(Date.parse(String(value)) === Date.parse(instant), `${name} "${String(value)}" is not the instant ${instant}`);
}

function checkAgent(check: (condition: boolean, message: string) => unknown, name: string, agent: unknown): void {
  const value = (agent ?? {}) as Json;
  check(['Person', 'Organization'].includes(String(value['@type'])), `${name} is neither a Person nor an Organization`);
  check(isText(value.name), `${name} has no name`);
  if (value.url !== undefined) check(isAbsoluteUrl(value.url), `${name}'s url "${String(value.url)}" is not absolute`);
}

export function newsArticleProblems(jsonLd: Json, page: PageFacts): string[] {
  const { problems, check } = collector();
  check(jsonLd['@context'] === 'https://schema.org' && jsonLd['@type'] === 'NewsArticle', 'not a schema.org NewsArticle');
  check(isText(jsonLd.headline) && Array.from(String(jsonLd.headline)).length <= 110, 'headline missing or over 110 characters');
  check(jsonLd.url === page.url && (jsonLd.mainEntityOfPage as Json | undefined)?.['@id'] === page.url, 'url or mainEntityOfPage is not the page');
  checkDate(check, 'datePublished', jsonLd.datePublished, page.datePublished);
  checkDate(check, 'dateModified', jsonLd.dateModified);
  check(Date.parse(String(jsonLd.dateModified)) >= Date.parse(String(jsonLd.datePublished)), 'dateModified is before datePublished');
  const authors = Array.isArray(jsonLd.author) ? jsonLd.author : [];
  check(authors.length > 0, 'no author');
  authors.forEach((author, index) => checkAgent(check, `author ${index + 1}`, author));
  checkAgent(check, 'publisher', jsonLd.publisher);
  const image = jsonLd.image as Json | undefined;
  if (image !== undefined) check(image['@type'] === 'ImageObject' && isAbsoluteUrl(image.url), 'image is not an ImageObject with an absolute url');
  for (const citation of (jsonLd.citation ?? []) as Json[]) check(isAbsoluteUrl(citation.url), `citation "${String(citation.url)}" is not absolute`);
  return problems;
}

export function claimReviewProblems(jsonLd: Json, page: PageFacts): string[] {
  const { problems, check } = collector();
  check(jsonLd['@context'] === 'https://schema.org' && jsonLd['@type'] === 'ClaimReview', 'not a schema.org ClaimReview');
  check(jsonLd.url === page.url, 'url is not the page');
  check(isText(jsonLd.claimReviewed), 'claimReviewed missing');
  checkDate(check, 'datePublished', jsonLd.datePublished, page.datePublished);
  checkAgent(check, 'author', jsonLd.author);
  const rating = (jsonLd.reviewRating ?? {}) as Json;
  check(rating['@type'] === 'Rating' && isText(rating.alternateName), 'reviewRating is not a Rating with alternateName');
  if (rating.ratingValue !== undefined) {
    const [value, best, worst] = [rating.ratingValue, rating.bestRating, rating.worstRating].map(Number);
    check(worst <= value && value <= best, `ratingValue ${value} is not between worstRating ${worst} and bestRating ${best}`);
  }
  check((jsonLd.itemReviewed as Json | undefined)?.['@type'] === 'Claim', 'itemReviewed is not a Claim');
  return problems;
}
