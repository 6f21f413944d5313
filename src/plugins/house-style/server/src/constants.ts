import { ARTICLE_UID } from '../../../../domain/uids';
import { DEFAULT_EXCEPTIONS } from './domain/rules/spelling-words';
import { RULE_IDS, type RuleId } from './domain/types';
import type { StyleSettings } from './domain/settings';

export { ARTICLE_UID };
export const PLUGIN_ID = 'house-style';

/** Admin permissions the plugin registers (Settings → Roles). */
export const ACTIONS = {
  settings: 'plugin::house-style.settings',
} as const;

/** The longest body or headline the check reads: five times the longest article the newsroom has published. */
export const MAX_MARKDOWN = 100_000;
export const MAX_TITLE = 600;

/** Acronyms every reader of the newsroom knows; the guide's spelling-out rule is for the others. */
export const DEFAULT_KNOWN_ACRONYMS = [
  'US',
  'UK',
  'EU',
  'UN',
  'NATO',
  'USA',
  'TV',
  'AI',
  'BBC',
  'CNN',
  'GDP',
  'CEO',
  'MP',
  'MEP',
  'COVID',
  'OK',
  'PhD',
  'DNA',
  'HIV',
  'NGO',
  'PR',
  'IT',
];

/** Proper names with US spellings in them, which are theirs to keep. */
export const DEFAULT_NAMES = ['World Health Organization', 'Pearl Harbor', 'Labor Party', 'Department of Defense', 'Defense Department'];

export const DEFAULT_SETTINGS: StyleSettings = {
  rules: Object.fromEntries(RULE_IDS.map((id) => [id, true])) as Record<RuleId, boolean>,
  spellingExceptions: DEFAULT_EXCEPTIONS,
  extraSpellings: [],
  names: DEFAULT_NAMES,
  knownAcronyms: DEFAULT_KNOWN_ACRONYMS,
  quoteMinWords: 4,
  wordsPerQuote: 300,
  synthesisMinLinks: 2,
};

/** How long an instance keeps the settings before reading them again: another instance's change applies within it. */
export const SETTINGS_FRESH_MS = 5000;
