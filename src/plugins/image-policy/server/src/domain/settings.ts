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

export interface SettingsError {
  path: string[];
  message: string;
}

const MAX_TEXT = 1000;
const MAX_ITEMS = 100;
const MAX_ITEM = 80;

function text(input: Record<string, unknown>, key: keyof PolicySettings, errors: SettingsError[]): string | undefined {
  const value = input[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT) {
    errors.push({ path: [key], message: `Write a text of 1 to ${MAX_TEXT} characters.` });
    return undefined;
  }
  return value.trim();
}

function list(input: Record<string, unknown>, key: keyof PolicySettings, errors: SettingsError[]): string[] | undefined {
  const value = input[key];
  if (value === undefined) return undefined;
  const items = Array.isArray(value) && value.every((item) => typeof item === 'string') ? value.map((item: string) => item.trim()).filter(Boolean) : null;
  if (!items || items.length === 0 || items.length > MAX_ITEMS || items.some((item) => item.length > MAX_ITEM)) {
    errors.push({ path: [key], message: `Give 1 to ${MAX_ITEMS} entries of at most ${MAX_ITEM} characters each.` });
    return undefined;
  }
  return [...new Set(items)];
}

/**
 * Reads a (partial) settings object, as an admin sends it or as plugin configuration gives it: unknown keys and
 * wrongly typed values are reported by field, so the settings form marks them; a valid partial overlays `base`.
 */
export function readSettings(input: unknown, base: PolicySettings): { settings: PolicySettings; errors: SettingsError[] } {
  const errors: SettingsError[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { settings: base, errors: [{ path: [], message: 'Send the settings as an object.' }] };
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(key in base)) errors.push({ path: [key], message: `Unknown setting "${key}".` });
  }
  const settings: PolicySettings = {
    placeholderCaption: text(record, 'placeholderCaption', errors) ?? base.placeholderCaption,
    disclosureLine: text(record, 'disclosureLine', errors) ?? base.disclosureLine,
    aiTools: list(record, 'aiTools', errors) ?? base.aiTools,
    disclosureTerms: list(record, 'disclosureTerms', errors) ?? base.disclosureTerms,
  };
  return { settings, errors };
}
