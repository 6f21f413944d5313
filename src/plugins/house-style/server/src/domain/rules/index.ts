import type { StyleDocument } from '../prose/document';
import type { StyleSettings } from '../settings';
import type { Advisory, RuleId } from '../types';
import { acronymRule } from './acronyms';
import { perCentRule } from './per-cent';
import { quoteDensityRule, sourcingLineRule } from './quotes';
import { sentenceCaseRule } from './sentence-case';
import { smallNumberRule } from './small-number';
import { spacedDashRule } from './spaced-dash';
import { blockQuoteRule, listRule } from './structure';
import { ukSpellingRule } from './uk-spelling';
import { usDateRule } from './us-date';
import { exclamationRule, firstPersonRule, rhetoricalQuestionRule, sourcesSayRule } from './voice';

export type Rule = (document: StyleDocument, settings: StyleSettings) => Advisory[];

/** Every rule by its id, in the order the side panel lists them. */
export const RULES: Record<RuleId, Rule> = {
  'uk-spelling': ukSpellingRule,
  'us-date': usDateRule,
  'per-cent': perCentRule,
  'small-number': smallNumberRule,
  'spaced-dash': spacedDashRule,
  'no-list': listRule,
  'no-block-quote': blockQuoteRule,
  'quote-density': quoteDensityRule,
  'sourcing-line': sourcingLineRule,
  'first-person': firstPersonRule,
  'exclamation-mark': exclamationRule,
  'rhetorical-question': rhetoricalQuestionRule,
  'sources-say': sourcesSayRule,
  'acronym-first-use': acronymRule,
  'sentence-case-heading': sentenceCaseRule,
};
