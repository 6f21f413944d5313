import { z } from 'zod';
import { readSettingsWith, settingsObject, type SettingsError } from '../../../../../domain/settings-patch';

/** The policy's texts and word lists: plugin configuration gives the defaults, admins change them in Settings. */
export interface PolicySettings {
  /** The caption of the pixel-art placeholder shown when an article has no picture. */
  placeholderCaption: string;
  /** The line the "add a disclosure" fix appends to a caption; `{tool}` becomes the AI tool the credit names. */
  disclosureLine: string;
  /** AI tools a credit may name; a credit naming one marks an image as AI-generated. */
  aiTools: string[];
  /** Words that tell a reader an image is machine-made, looked for in caption and credit. */
  disclosureTerms: string[];
}

export type { SettingsError };

const MAX_TEXT = 1000;
const MAX_ITEMS = 100;
const MAX_ITEM = 80;

const TEXT = `Write a text of 1 to ${MAX_TEXT} characters.`;
const LIST = `Give 1 to ${MAX_ITEMS} entries of at most ${MAX_ITEM} characters each.`;

const text = z.string({ error: TEXT }).max(MAX_TEXT, TEXT).trim().min(1, TEXT);

/** A word list: entries trimmed, blank ones dropped, duplicates once; 1 to 100 of them, each at most 80 characters. */
const list = z
  .array(z.string({ error: LIST }), { error: LIST })
  .transform((items) => items.map((item) => item.trim()).filter(Boolean))
  .refine((items) => items.length > 0 && items.length <= MAX_ITEMS && items.every((item) => item.length <= MAX_ITEM), LIST)
  .transform((items) => [...new Set(items)]);

const SHAPE = {
  placeholderCaption: text.optional(),
  disclosureLine: text.optional(),
  aiTools: list.optional(),
  disclosureTerms: list.optional(),
} satisfies Record<keyof PolicySettings, z.ZodType>;

/**
 * A (partial) settings object, as an admin sends it or as plugin configuration gives it: every field optional, unknown
 * keys and wrongly typed values refused by field, so the settings form marks them.
 */
export const settingsPatch = settingsObject(SHAPE);

export type SettingsPatch = z.output<typeof settingsPatch>;

/** The settings with a valid patch laid over them. */
export function overlaySettings(base: PolicySettings, patch: SettingsPatch): PolicySettings {
  return {
    placeholderCaption: patch.placeholderCaption ?? base.placeholderCaption,
    disclosureLine: patch.disclosureLine ?? base.disclosureLine,
    aiTools: patch.aiTools ?? base.aiTools,
    disclosureTerms: patch.disclosureTerms ?? base.disclosureTerms,
  };
}

/**
 * Reads a (partial) settings object with settingsPatch, laid over `base`, and what is wrong with it by field. The
 * fields that are right still apply when others are not, so stored settings keep what they can.
 */
export function readSettings(input: unknown, base: PolicySettings): { settings: PolicySettings; errors: SettingsError[] } {
  return readSettingsWith(settingsPatch, overlaySettings, input, base);
}
