import { z } from 'zod';
import { readSettingsWith, settingsObject, type SettingsError } from '../../../../../domain/settings-patch';
import { RULE_IDS, type RuleId } from './types';

/** What a newsroom tunes: which rules run, the word lists they read, and the thresholds of the counting rules. */
export interface StyleSettings {
  rules: Record<RuleId, boolean>;
  /** Words the spelling rule never reports (UK words that look American: "size", "prize"). */
  spellingExceptions: string[];
  /** More US → UK spellings, each written "us=uk" ("program=programme"). */
  extraSpellings: string[];
  /** Proper names whose spelling is their own ("World Health Organization"), never reported as US spellings. */
  names: string[];
  /** Acronyms every reader knows, which need no spelling out ("EU", "NATO"). */
  knownAcronyms: string[];
  /** A quotation of fewer words is a fragment or a term, not a direct quote, for the density rule. */
  quoteMinWords: number;
  /** One direct quote per this many words (the guide: three or four in 1,200). */
  wordsPerQuote: number;
  /** A body linking to at least this many sources is a synthesis piece, which closes with an italic sourcing line. */
  synthesisMinLinks: number;
}

export type { SettingsError };

const MAX_ITEMS = 500;
const MAX_ITEM = 80;
const LIST = `Give at most ${MAX_ITEMS} entries of 1 to ${MAX_ITEM} characters each.`;
const PAIR = /^[\p{L}'-]+=[\p{L}'-]+$/u;

const list = z
  .array(z.string({ error: LIST }), { error: LIST })
  .transform((items) => items.map((item) => item.trim()).filter(Boolean))
  .refine((items) => items.length <= MAX_ITEMS && items.every((item) => item.length <= MAX_ITEM), LIST)
  .transform((items) => [...new Set(items)]);

const count = (min: number, max: number) =>
  z
    .number({ error: `Give a whole number from ${min} to ${max}.` })
    .int(`Give a whole number from ${min} to ${max}.`)
    .min(min)
    .max(max);

const rules = z.strictObject(
  Object.fromEntries(RULE_IDS.map((id) => [id, z.boolean({ error: 'Give true or false.' }).optional()])) as Record<RuleId, z.ZodOptional<z.ZodBoolean>>,
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown rule "${issue.keys[0]}".` : 'Send the rules as an object of true or false.') },
);

const SHAPE = {
  rules: rules.optional(),
  spellingExceptions: list.optional(),
  extraSpellings: list.refine((items) => items.every((item) => PAIR.test(item)), 'Write each spelling as "us=uk", e.g. "program=programme".').optional(),
  names: list.optional(),
  knownAcronyms: list.optional(),
  quoteMinWords: count(1, 50).optional(),
  wordsPerQuote: count(50, 5000).optional(),
  synthesisMinLinks: count(1, 100).optional(),
} satisfies Record<keyof StyleSettings, z.ZodType>;

/** A (partial) settings object, as an admin sends it or the plugin configuration gives it; unknown keys refused by name. */
export const settingsPatch = settingsObject(SHAPE);

export type SettingsPatch = z.output<typeof settingsPatch>;

/** The settings with a valid patch laid over them; rules the patch does not name keep their state. */
export function overlaySettings(base: StyleSettings, patch: SettingsPatch): StyleSettings {
  const { rules: ruleStates, ...rest } = patch;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  const switched = Object.fromEntries(Object.entries(ruleStates ?? {}).filter(([, value]) => value !== undefined));
  return { ...base, ...defined, rules: { ...base.rules, ...switched } };
}

/** Reads a (partial) settings object over `base`, with what is wrong by field; the fields that are right still apply. */
export function readSettings(input: unknown, base: StyleSettings): { settings: StyleSettings; errors: SettingsError[] } {
  return readSettingsWith(settingsPatch, overlaySettings, input, base);
}
