import {
  HEADLINE_LIMIT,
  VERDICT_RATINGS,
  claimReviewJsonLd,
  newsArticleJsonLd,
  serializeJsonLd,
} from '../../../src/plugins/delivery/server/src/domain/json-ld';
import type { Verdict } from '../../../src/plugins/delivery/server/src/domain/types';
import { AI_SOURCE, article, factCheck, nullPaths, site } from '../../helpers/delivery-views';

// The newsroom's zone: every date in the JSON-LD is written on its clock, with its offset.
const ZONE = 'Europe/Ljubljana';

describe('newsArticleJsonLd', () => {
  it('describes the article with headline, dates, authors, publisher, section, disclosed image and citations', () => {
    expect(newsArticleJsonLd(article(), site, ZONE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://the-adriatic.github.io/the-adriatic/politics/port-deal/' },
      url: 'https://the-adriatic.github.io/the-adriatic/politics/port-deal/',
      headline: 'Port deal signed',
      description: 'The harbour goes to a private operator for 30 years.',
      datePublished: '2026-02-19T09:00:00+01:00',
      dateModified: '2026-02-19T09:30:00+01:00',
      author: [{ '@type': 'Person', name: 'Ana Horvat', url: 'https://the-adriatic.github.io/the-adriatic/authors/ana-horvat/' }],
      publisher: {
        '@type': 'Organization',
        name: 'The Adriatic',
        url: 'https://the-adriatic.github.io/the-adriatic/',
        logo: { '@type': 'ImageObject', url: 'https://the-adriatic.github.io/the-adriatic/logo.png' },
      },
      articleSection: 'Politics',
      keywords: 'Port of Rijeka',
      image: {
        '@type': 'ImageObject',
        url: 'https://cdn.example.org/port.jpg',
        caption: 'The container terminal',
        creditText: 'Illustration: The Adriatic / generated with an AI model',
        width: 1200,
        height: 675,
        digitalSourceType: AI_SOURCE,
      },
      citation: [
        { '@type': 'CreativeWork', url: 'https://gov.example.org/contract.pdf' },
        { '@type': 'CreativeWork', url: 'https://news.example.com/port' },
      ],
    });
  });

  it('leaves out what the article does not have instead of emitting null', () => {
    const bare = article({ deck: null, kicker: null, category: null, image: null, citations: [], authors: [{ name: 'Staff', url: null }] });
    const data = newsArticleJsonLd(bare, { ...site, logoUrl: null }, ZONE);

    expect(nullPaths(data)).toEqual([]);
    for (const key of ['description', 'keywords', 'articleSection', 'image', 'citation']) expect(data).not.toHaveProperty(key);
    expect(data.author).toEqual([{ '@type': 'Person', name: 'Staff' }]);
    expect(data.publisher).toEqual({ '@type': 'Organization', name: 'The Adriatic', url: site.siteUrl });
  });

  it('treats a blank deck as no deck', () => {
    expect(newsArticleJsonLd(article({ deck: '  ' }), site, ZONE)).not.toHaveProperty('description');
  });

  it('leaves out an image that has no URL, and image fields that are empty', () => {
    const noUrl = article({ image: { url: null, caption: 'c', credit: 'x', digitalSourceType: AI_SOURCE, width: 1, height: 1 } });
    expect(newsArticleJsonLd(noUrl, site, ZONE)).not.toHaveProperty('image');

    const bareImage = { url: 'https://cdn.example.org/a.jpg', caption: null, credit: null, digitalSourceType: null, width: null, height: null };
    const partial = article({ image: bareImage });
    expect(newsArticleJsonLd(partial, site, ZONE).image).toEqual({ '@type': 'ImageObject', url: 'https://cdn.example.org/a.jpg' });
  });

  it('gives an article without a picture the placeholder the site shows, with its disclosure, and never the logo', () => {
    const placeholder = article({ image: { url: null, caption: 'Placeholder image.', credit: null, digitalSourceType: AI_SOURCE, width: 1, height: 1 } });
    const withPlaceholder = { ...site, placeholderImageUrl: 'https://the-adriatic.github.io/the-adriatic/placeholder.png' };
    expect(newsArticleJsonLd(placeholder, withPlaceholder, ZONE).image).toEqual({
      '@type': 'ImageObject',
      url: 'https://the-adriatic.github.io/the-adriatic/placeholder.png',
      caption: 'Placeholder image.',
      digitalSourceType: AI_SOURCE,
    });
    expect(newsArticleJsonLd(article({ image: null }), withPlaceholder, ZONE).image).toEqual({
      '@type': 'ImageObject',
      url: withPlaceholder.placeholderImageUrl,
    });
    expect(newsArticleJsonLd(article({ image: null }), site, ZONE)).not.toHaveProperty('image');
  });

  it('keeps a headline of exactly the limit as it is', () => {
    const title = `${'x'.repeat(HEADLINE_LIMIT - 5)} abcd`;
    expect(title).toHaveLength(HEADLINE_LIMIT);
    expect(newsArticleJsonLd(article({ title }), site, ZONE).headline).toBe(title);
  });

  it.each([
    ['in the middle of a word', `${'Harbour '.repeat(13)}authority`, `${'Harbour '.repeat(12)}Harbour…`],
    ['right after a whole word, keeping it', `${'a'.repeat(100)} ${'b'.repeat(8)} next`, `${'a'.repeat(100)} ${'b'.repeat(8)}…`],
    ['after a comma, dropping the comma', `${'b'.repeat(100)}, cccccccccccc`, `${'b'.repeat(100)}…`],
    ['inside one word longer than the limit', 'x'.repeat(200), `${'x'.repeat(HEADLINE_LIMIT - 1)}…`],
  ])('truncates a long headline %s on a word boundary with an ellipsis', (_case, title, expected) => {
    const headline = newsArticleJsonLd(article({ title }), site, ZONE).headline as string;
    expect(headline).toBe(expected);
    expect(Array.from(headline).length).toBeLessThanOrEqual(HEADLINE_LIMIT);
  });
});

describe('claimReviewJsonLd', () => {
  it('is null while the fact check has no verdict', () => {
    expect(claimReviewJsonLd(factCheck({ verdict: null }), site, ZONE)).toBeNull();
  });

  it('reviews the claim with the site as author and a rating on the 1–5 scale', () => {
    expect(claimReviewJsonLd(factCheck(), site, ZONE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://the-adriatic.github.io/the-adriatic/fact-checks/bridge-cost/',
      claimReviewed: 'The Pelješac bridge cost a billion euros.',
      datePublished: '2026-02-18T13:00:00+01:00',
      author: { '@type': 'Organization', name: 'The Adriatic', url: 'https://the-adriatic.github.io/the-adriatic/' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: { '@type': 'Claim' },
    });
  });

  it.each<[Verdict, number, string]>([
    ['false', 1, 'False'],
    ['mostly-false', 2, 'Mostly false'],
    ['misleading', 2, 'Misleading'],
    ['mixed', 3, 'Mixed'],
    ['mostly-true', 4, 'Mostly true'],
    ['true', 5, 'True'],
  ])('rates "%s" as %d, named "%s"', (verdict, ratingValue, alternateName) => {
    const review = claimReviewJsonLd(factCheck({ verdict }), site, ZONE);
    expect(review?.reviewRating).toEqual({ '@type': 'Rating', ratingValue, bestRating: 5, worstRating: 1, alternateName });
  });

  it('gives "unproven" a name only, as it is no point on the scale', () => {
    expect(claimReviewJsonLd(factCheck({ verdict: 'unproven' }), site, ZONE)?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unproven' });
    expect(VERDICT_RATINGS.unproven.ratingValue).toBeNull();
  });

  it.each([null, '', '   '])('reviews the title when the claim is %p', (claimReviewed) => {
    expect(claimReviewJsonLd(factCheck({ claimReviewed }), site, ZONE)?.claimReviewed).toBe('Did the bridge cost a billion?');
  });
});

describe('serializeJsonLd', () => {
  it('escapes "<" so a value cannot close the script element, and still parses back to the same data', () => {
    const data = { headline: 'Hacked </script><script>alert(1)</script> <!-- x' };
    const json = serializeJsonLd(data);

    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
    expect(JSON.parse(json)).toEqual(data);
  });
});
