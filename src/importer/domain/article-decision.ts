import type { Finding, GateFinding } from '#domain/finding';
import { plainTextFindings, type FieldSchema } from '../../guards/plain-text';
import { decideSlug } from '../../slugs/decide-slug';
import { categoryFindings, type CategoryRules } from '../../plugins/editorial/server/src/domain/category-rules';
import { kickerPublishProblem, type KickerState } from '../../plugins/editorial/server/src/domain/kicker-state';
import { inferOrigin, withPlaceholderDefaults, type LeadImage } from '../../plugins/image-policy/server/src/domain/lead-image';
import { checkLeadImage, imageDisclosure } from '../../plugins/image-policy/server/src/domain/policy';
import type { PolicySettings } from '../../plugins/image-policy/server/src/domain/settings';
import { extractHighlights } from '../../plugins/sourcing/server/src/domain/extract-highlights';
import { highlightLinkFindings, highlightSizeFindings } from '../../plugins/sourcing/server/src/domain/highlight-findings';
import { classifyHref, sourceUrlOf } from '../../plugins/sourcing/server/src/domain/link-target';
import { reconcileHighlights, type HighlightFields } from '../../plugins/sourcing/server/src/domain/reconcile-highlights';
import { sanitizeBody } from '../../plugins/sourcing/server/src/domain/sanitize-body';

/**
 * What the article pipeline would store for a new imported article and whether its publish gates would pass, decided
 * in memory from the same pure rules the pipeline's steps apply, so a batch can be written in bulk and a post that may
 * not be published is never written, refused and written again. Pure: no Strapi import.
 */

/** The article pipeline's gates by name (src/pipelines/article.ts), as a per-item publish past them names them. */
export const GATES = { editorial: 'editorial', imagePolicy: 'image policy', sourcing: 'sourcing' } as const;

export type Schema = Record<string, FieldSchema & { maxLength?: number }>;

/** What the rules read, once per batch: the plugins' configuration and the schema the guards check against. */
export interface ArticleRules {
  siteUrls: readonly string[];
  policy: PolicySettings;
  categoryRules: CategoryRules;
  attributes: Schema;
  componentAttributes: (uid: string) => Schema | undefined;
}

export interface ArticleInput {
  /** The fields the importer sends, lead image included, without relations. */
  data: Record<string, unknown>;
  kicker: { label: string; state: KickerState } | null;
  category: { slug: string; name: string } | null;
}

export interface PlannedHighlight {
  fields: HighlightFields;
  /** The address its Source is kept under (before normalization), or null for a highlight that cites nothing. */
  sourceUrl: string | null;
}

export interface ArticlePlan {
  kind: 'bulk';
  /** The article's fields as stored (sanitized body, slug, label from the kicker, image disclosure). */
  fields: Record<string, unknown>;
  leadImage: LeadImage;
  highlights: PlannedHighlight[];
  /** Every finding of every gate but the category rule, which needs the cited sources' rows; in gate order. */
  kickerFindings: Finding[];
  imageFindings: Finding[];
  sourcingFindings: Finding[];
}

/** A post the rules would refuse to save at all (a guard): it takes the document service's path, which says why. */
export type ArticleDecision = ArticlePlan | { kind: 'per-item'; reason: string };

const perItem = (reason: string): ArticleDecision => ({ kind: 'per-item', reason });

/** A field longer than the schema allows would be refused by Strapi's own validation, which the per-item path reports. */
function overLimit(data: Record<string, unknown>, schema: Schema): string | null {
  for (const [name, attribute] of Object.entries(schema)) {
    const value = data[name];
    if (typeof value === 'string' && attribute.maxLength !== undefined && value.length > attribute.maxLength) return name;
  }
  return null;
}

/** Decides one new article: what it stores, what its highlights cite, and what each gate would say of it. */
export function decideArticle(input: ArticleInput, rules: ArticleRules): ArticleDecision {
  const data = { ...input.data };
  // The batch writer has no repeatable components yet: a post with correction notes is saved by the document service.
  if (Array.isArray(data.corrections) && data.corrections.length > 0) return perItem('corrections');
  if (plainTextFindings(data, rules.attributes, rules.componentAttributes).length > 0) return perItem('plain text');
  const slug = decideSlug({ isCreate: true, sourceField: 'title', data });
  if (slug.kind !== 'set') return perItem('slug');
  const imageSchema = rules.componentAttributes('media.lead-image') ?? {};
  const typedImage = (data.leadImage ?? null) as LeadImage | null;
  if (overLimit(data, rules.attributes) || (typedImage && overLimit(typedImage, imageSchema))) return perItem('field too long');

  const body = typeof data.body === 'string' ? sanitizeBody(data.body, rules.siteUrls) : data.body;
  const { text, marks } = extractHighlights(typeof body === 'string' ? body : '');
  if (highlightSizeFindings(marks).length > 0) return perItem('highlight too long');

  const defaulted = withPlaceholderDefaults(typedImage, rules.policy.placeholderCaption);
  // Imported lead images are addresses, never uploaded files, so there is no embedded metadata to read.
  const origin = inferOrigin(defaulted, { embeddedSourceType: null, aiTools: rules.policy.aiTools });
  const leadImage = origin ? { ...defaulted, origin } : defaulted;
  const highlights = reconcileHighlights([], marks, text).create.map((fields) => ({
    fields,
    sourceUrl: fields.linkUrl ? sourceUrlOf(classifyHref(fields.linkUrl, rules.siteUrls)) : null,
  }));
  const kicker = kickerPublishProblem(input.kicker);
  const { leadImage: _typed, ...fields } = data;
  return {
    kind: 'bulk',
    fields: { ...fields, slug: slug.slug, body, kickerLabel: input.kicker?.label ?? null, imageDisclosure: imageDisclosure(leadImage) },
    leadImage,
    highlights,
    kickerFindings: kicker ? [{ code: 'kicker-not-approved', path: ['kickerLabel'], message: kicker }] : [],
    imageFindings: checkLeadImage(leadImage, rules.policy),
    sourcingFindings: highlightLinkFindings(marks, rules.siteUrls),
  };
}

/**
 * Every gate's findings in the order the pipeline asks them (editorial, image policy, sourcing), once the sources the
 * article cites are known: a category's rule counts the outside ones. The stage is not among them: an imported post is
 * approved by the import when it is published, and a draft is meant to start its way through the stages.
 */
export function gateFindings(plan: ArticlePlan, input: ArticleInput, rules: Pick<ArticleRules, 'categoryRules'>, citedSources: number): GateFinding[] {
  const by = (gate: string, findings: readonly Finding[]) => findings.map((finding) => ({ ...finding, gate }));
  return [
    ...by(GATES.editorial, [...plan.kickerFindings, ...categoryFindings(rules.categoryRules, input.category, { citedSources })]),
    ...by(GATES.imagePolicy, plan.imageFindings),
    ...by(GATES.sourcing, plan.sourcingFindings),
  ];
}
