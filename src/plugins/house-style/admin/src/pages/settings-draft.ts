import type { StyleSettings } from '../../../server/src/domain/settings';
import type { RuleId } from '../../../server/src/domain/types';

/** The settings as the form edits them: word lists one entry per line, numbers as typed. */
export interface Draft {
  rules: Record<RuleId, boolean>;
  spellingExceptions: string;
  extraSpellings: string;
  names: string;
  knownAcronyms: string;
  quoteMinWords: string;
  wordsPerQuote: string;
  synthesisMinLinks: string;
}

export type ListName = 'spellingExceptions' | 'extraSpellings' | 'names' | 'knownAcronyms';
export type NumberName = 'quoteMinWords' | 'wordsPerQuote' | 'synthesisMinLinks';

export const LISTS: Array<{ name: ListName; label: string; hint: string }> = [
  { name: 'spellingExceptions', label: 'Spelling exceptions, one per line', hint: 'Words the UK spelling rule never reports ("size", "prize").' },
  { name: 'extraSpellings', label: 'More US → UK spellings, one "us=uk" per line', hint: 'E.g. "program=programme".' },
  { name: 'names', label: 'Proper names, one per line', hint: 'Names whose US spelling is their own ("World Health Organization").' },
  { name: 'knownAcronyms', label: 'Acronyms readers know, one per line', hint: 'Acronyms that need no spelling out on first use ("EU", "NATO").' },
];

export const NUMBERS: Array<{ name: NumberName; label: string; hint: string }> = [
  { name: 'wordsPerQuote', label: 'Words per direct quote', hint: 'The guide: three or four quotes in 1,200 words, so one per 300.' },
  { name: 'quoteMinWords', label: 'Words that make a direct quote', hint: 'Shorter quotations are fragments, terms or scare quotes and are not counted.' },
  { name: 'synthesisMinLinks', label: 'Sources that make a synthesis piece', hint: 'A body linking to this many sources ends with an italic sourcing line.' },
];

export const toDraft = (settings: StyleSettings): Draft => ({
  rules: settings.rules,
  spellingExceptions: settings.spellingExceptions.join('\n'),
  extraSpellings: settings.extraSpellings.join('\n'),
  names: settings.names.join('\n'),
  knownAcronyms: settings.knownAcronyms.join('\n'),
  quoteMinWords: String(settings.quoteMinWords),
  wordsPerQuote: String(settings.wordsPerQuote),
  synthesisMinLinks: String(settings.synthesisMinLinks),
});

// A number field left as typed when it is not a number, so the server names it rather than the form guessing.
const asNumber = (value: string): number | string => (value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value);

export const fromDraft = (draft: Draft): Record<string, unknown> => ({
  rules: draft.rules,
  ...Object.fromEntries(LISTS.map(({ name }) => [name, draft[name].split('\n')])),
  ...Object.fromEntries(NUMBERS.map(({ name }) => [name, asNumber(draft[name])])),
});
