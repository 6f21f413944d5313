import type { Finding } from '../../../../../domain/finding';

/**
 * Per-category publish rules, configured by slug (e.g. `politics: { minCitedSources: 1 }`). Pure: no Strapi import.
 */

export interface CategoryRule {
  /** At least this many outside sources linked from the body (the newsroom's own pages do not count). */
  minCitedSources?: number;
}

export type CategoryRules = Record<string, CategoryRule>;

export type CategoryFinding = Finding<'category-rule'>;

const RULE_KEYS = ['minCitedSources'];

/** Checks the configured rules; returns what is wrong with them, or null. */
export function categoryRulesProblem(rules: unknown): string | null {
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return 'categoryRules maps category slugs to rules.';
  for (const [slug, rule] of Object.entries(rules as Record<string, unknown>)) {
    if (typeof rule !== 'object' || rule === null) return `categoryRules.${slug} must be an object.`;
    const unknown = Object.keys(rule).find((key) => !RULE_KEYS.includes(key));
    if (unknown) return `categoryRules.${slug}.${unknown} is not a rule; the rules are ${RULE_KEYS.join(', ')}.`;
    const { minCitedSources } = rule as CategoryRule;
    if (minCitedSources !== undefined && !(Number.isInteger(minCitedSources) && minCitedSources >= 0)) {
      return `categoryRules.${slug}.minCitedSources must be a whole number.`;
    }
  }
  return null;
}

/** The rules of one category, in words, for the category page. */
export function describeRule(rule: CategoryRule | undefined): string[] {
  const min = rule?.minCitedSources ?? 0;
  return min > 0 ? [`cites at least ${min} outside source${min === 1 ? '' : 's'}`] : [];
}

/** What keeps an article of this category from being published. */
export function categoryFindings(rules: CategoryRules, category: { slug: string; name: string } | null, article: { citedSources: number }): CategoryFinding[] {
  const rule = category ? rules[category.slug] : undefined;
  const min = rule?.minCitedSources ?? 0;
  if (!category || article.citedSources >= min) return [];
  const needed = min === 1 ? 'at least one outside source' : `at least ${min} outside sources`;
  return [
    {
      code: 'category-rule',
      path: ['body'],
      message: `${category.name} articles cite ${needed}: link a highlighted passage to its source (${article.citedSources} so far).`,
    },
  ];
}
