import type { RuleId } from './types';

/** Each rule's message, in the style guide's own terms (shared/fixtures/adriatic/docs/house-style.md). */
export const MESSAGES: Record<RuleId, string> = {
  'uk-spelling': 'UK spelling throughout: -ise, -our, defence, licence (noun).',
  'us-date': 'European date format: 9 February 2026. Never February 9, 2026.',
  'per-cent': '"Per cent" as two words, not % in running text.',
  'small-number': 'Spell out numbers one through nine; ages, percentages, vote tallies and financial figures excepted.',
  'spaced-dash': 'Em dashes with spaces: " — " not "—".',
  'no-list': 'No bullet points or numbered lists in the body of an article. Ever.',
  'no-block-quote': 'No block quotes: all quotation is woven into the prose.',
  'quote-density': 'Quote sparingly: a 1,200-word article has no more than three or four direct quotes.',
  'sourcing-line': 'A synthesis piece ends with an italic line listing the outlets and organisations drawn on.',
  'first-person': 'No first person.',
  'exclamation-mark': 'No exclamation marks.',
  'rhetorical-question': 'No rhetorical questions.',
  'sources-say': 'Never "sources say" without qualification: identify the source\'s role.',
  'acronym-first-use': 'Acronyms: spell out on first use with the acronym in parentheses.',
  'sentence-case-heading': 'Section headers in sentence case.',
};

/** The title shown for each rule in the side panel and the settings page. */
export const RULE_TITLES: Record<RuleId, string> = {
  'uk-spelling': 'UK spelling',
  'us-date': 'European dates',
  'per-cent': 'Per cent',
  'small-number': 'Numbers one to nine',
  'spaced-dash': 'Spaced em dashes',
  'no-list': 'No lists',
  'no-block-quote': 'No block quotes',
  'quote-density': 'Quote density',
  'sourcing-line': 'Closing sourcing line',
  'first-person': 'First person',
  'exclamation-mark': 'Exclamation marks',
  'rhetorical-question': 'Rhetorical questions',
  'sources-say': '"Sources say"',
  'acronym-first-use': 'Acronyms on first use',
  'sentence-case-heading': 'Sentence-case headers',
};
