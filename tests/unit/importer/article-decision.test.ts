import articleSchema from '../../../src/api/article/content-types/article/schema.json';
import leadImageSchema from '../../../src/components/media/lead-image.json';
import {
  decideArticle,
  gateFindings,
  type ArticleInput,
  type ArticlePlan,
  type ArticleRules,
  type Schema,
} from '../../../src/importer/domain/article-decision';
import { keptAsDraftLines, needsReviewLines, wouldNotPublishLines } from '../../../src/importer/domain/finding-lines';
import { heldImportMoves, publishedImportMoves } from '../../../src/importer/domain/import-stages';
import { DEFAULT_STAGES } from '../../../src/plugins/editorial/server/src/domain/stages';
import { DEFAULT_CONFIG } from '../../../src/plugins/image-policy/server/src/config';
import { STANDARD_PLACEHOLDER_CAPTION } from '../../../src/plugins/image-policy/server/src/constants';

const RULES: ArticleRules = {
  siteUrls: ['https://newsroom.example/'],
  policy: DEFAULT_CONFIG,
  categoryRules: { politics: { minCitedSources: 1 } },
  attributes: articleSchema.attributes as unknown as Schema,
  componentAttributes: (uid) => (uid === 'media.lead-image' ? (leadImageSchema.attributes as unknown as Schema) : undefined),
};

const BODY = [
  'The minister <mark class="rose"><a href="https://www.example.org/report?utm_source=x">said the bridge will reopen</a></mark>.',
  'Our <mark><a href="/newsletter">own newsletter</a></mark> covered it, and <mark>nobody else</mark> did.',
  '<script>alert(1)</script>',
].join('\n\n');

function input(data: Record<string, unknown> = {}, related: Partial<Omit<ArticleInput, 'data'>> = {}): ArticleInput {
  return {
    data: { title: 'Bridge to reopen', slug: 'bridge-to-reopen', body: BODY, layout: 'post', leadImage: { url: null, caption: null, credit: null }, ...data },
    kicker: { label: 'Bridges', state: 'approved' },
    category: { slug: 'economy', name: 'Economy' },
    ...related,
  };
}

function plan(data: Record<string, unknown> = {}, related: Partial<Omit<ArticleInput, 'data'>> = {}): ArticlePlan {
  const decision = decideArticle(input(data, related), RULES);
  if (decision.kind !== 'bulk') throw new Error(`expected a bulk write, got ${decision.reason}`);
  return decision;
}

describe('deciding a new imported article before writing it', () => {
  it.each([
    ['a title with markup (the plain-text guard)', { title: 'A <b>bold</b> claim' }, 'plain text'],
    ['a caption with a control character', { leadImage: { caption: 'Bad\u0007caption' } }, 'plain text'],
    ['a title the schema does not allow', { title: 'x'.repeat(201) }, 'field too long'],
    ['a credit the component does not allow', { leadImage: { credit: 'x'.repeat(301) } }, 'field too long'],
    ['a quote a highlight cannot hold', { body: `<mark>${'word '.repeat(500)}</mark>` }, 'highlight too long'],
    ['a slug with no letter or digit', { slug: '!!!' }, 'slug'],
  ])('leaves %s to the per-item path, which says why', (_, data, reason) => {
    expect(decideArticle(input(data), RULES)).toEqual({ kind: 'per-item', reason });
  });

  it('stores what the pipeline stores: the sanitized body, the slug, the label from the kicker, the placeholder image', () => {
    const decided = plan({ slug: 'Bridge To Reopen' });
    expect(decided.fields.body).not.toContain('<script>');
    expect(decided.fields.slug).toBe('bridge-to-reopen');
    expect(decided.fields.kickerLabel).toBe('Bridges');
    expect(decided.fields).not.toHaveProperty('leadImage');
    expect(decided.leadImage).toMatchObject({ origin: 'ai-placeholder', caption: STANDARD_PLACEHOLDER_CAPTION });
    expect(decided.fields.imageDisclosure).toMatchObject({ origin: 'ai-placeholder', isPlaceholder: true });
  });

  it('extracts every highlight in order, with the address of the source it cites', () => {
    const decided = plan();
    expect(decided.highlights.map(({ fields }) => [fields.exact, fields.colour, fields.anchorState])).toEqual([
      ['said the bridge will reopen', 'rose', 'anchored'],
      ['own newsletter', 'default', 'anchored'],
      ['nobody else', 'default', 'anchored'],
    ]);
    expect(decided.highlights.map((highlight) => highlight.sourceUrl)).toEqual([
      'https://www.example.org/report?utm_source=x',
      'https://newsroom.example/newsletter',
      null,
    ]);
  });

  it('infers an AI origin from the credit, as the image policy does on save', () => {
    expect(plan({ leadImage: { url: 'https://img.example/a.png', caption: 'A bridge', credit: 'Midjourney' } }).leadImage.origin).toBe('ai-generated');
  });

  it('finds nothing to stop a clean post', () => {
    const decided = plan();
    expect(gateFindings(decided, input(), RULES, 1)).toEqual([]);
  });

  it("reports every gate's findings together, in the pipeline's gate order, each named by its gate", () => {
    const related = { kicker: { label: 'Rumours', state: 'proposed' as const }, category: { slug: 'politics', name: 'Politics' } };
    const data = {
      body: 'Write to [<mark>the desk</mark>](mailto:desk@example.org).',
      leadImage: { url: 'https://img.example/a.png', caption: 'A bridge', credit: 'Midjourney' },
    };
    const findings = gateFindings(plan(data, related), input(data, related), RULES, 0);
    expect(findings.map((finding) => [finding.gate, finding.code, finding.path.join('.')])).toEqual([
      ['editorial', 'kicker-not-approved', 'kickerLabel'],
      ['editorial', 'category-rule', 'body'],
      ['image policy', 'ai-disclosure-missing', 'leadImage.caption'],
      ['sourcing', 'highlight-link-not-web', 'body'],
    ]);
  });
});

describe('what an import records of a post a rule finds something in', () => {
  const findings = [
    { code: 'a', path: ['body'], message: 'Cite a source.' },
    { code: 'b', path: ['leadImage', 'caption'], message: 'Say it is AI.' },
  ];

  it('words a refused publish as the per-item path does', () => {
    expect(keptAsDraftLines(findings)).toEqual([
      'kept as a draft, not published: body: Cite a source.',
      'kept as a draft, not published: leadImage.caption: Say it is AI.',
    ]);
  });

  it('words a post kept published although a rule finds something as one to review', () => {
    expect(needsReviewLines(findings)).toEqual(['published, needs review: body: Cite a source.', 'published, needs review: leadImage.caption: Say it is AI.']);
  });

  it('words a draft import as the gates report it', () => {
    expect(wouldNotPublishLines(findings)).toEqual([
      'would not be published: body: Cite a source.',
      'would not be published: leadImage.caption: Say it is AI.',
    ]);
  });
});

describe('the stage history of a published import', () => {
  it('approves from the first stage, then publishes', () => {
    expect(publishedImportMoves(DEFAULT_STAGES)).toEqual([
      { from: 'draft', to: 'approved', byImport: true },
      { from: 'approved', to: 'published', byImport: false },
    ]);
  });

  it('approves a post a publish rule holds back, without publishing it', () => {
    expect(heldImportMoves(DEFAULT_STAGES)).toEqual([{ from: 'draft', to: 'approved', byImport: true }]);
  });

  it('only publishes when the first stage is the one publishing requires', () => {
    const stages = [
      { id: 'approved', label: 'Approved', scoped: true },
      { id: 'published', label: 'Published', scoped: true },
    ];
    expect(publishedImportMoves(stages)).toEqual([{ from: 'approved', to: 'published', byImport: false }]);
  });
});
