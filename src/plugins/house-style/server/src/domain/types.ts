/** The rules, by id; the id is what the API answers and what the settings switch on or off. */
export const RULE_IDS = [
  'uk-spelling',
  'us-date',
  'per-cent',
  'small-number',
  'spaced-dash',
  'no-list',
  'no-block-quote',
  'quote-density',
  'sourcing-line',
  'first-person',
  'exclamation-mark',
  'rhetorical-question',
  'sources-say',
  'acronym-first-use',
  'sentence-case-heading',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** Which text an advisory's offsets count in: the stored Markdown body, the headline or the standfirst. */
export type Field = 'body' | 'title' | 'deck';

export interface Advisory {
  rule: RuleId;
  field: Field;
  message: string;
  /** Offsets in the field's stored text, end exclusive. */
  start: number;
  end: number;
  /** The text that would replace [start, end), where the rule knows one. */
  suggestion?: string;
}

/** What an editor hands in: the Markdown body and, optionally, headline and standfirst (plain text). */
export interface StyleInput {
  markdown: string;
  title?: string;
  deck?: string;
}
