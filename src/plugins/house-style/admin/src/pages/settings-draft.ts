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

/** The word-list fields, in the order the form shows them (their labels: pages/Settings.tsx). */
export const LISTS: readonly ListName[] = ['spellingExceptions', 'extraSpellings', 'names', 'knownAcronyms'];

/** The number fields, in the order the form shows them. */
export const NUMBERS: readonly NumberName[] = ['wordsPerQuote', 'quoteMinWords', 'synthesisMinLinks'];

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
  ...Object.fromEntries(LISTS.map((name) => [name, draft[name].split('\n')])),
  ...Object.fromEntries(NUMBERS.map((name) => [name, asNumber(draft[name])])),
});
