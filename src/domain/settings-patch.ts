import { z } from 'zod';
import { fieldIssues } from './field-issues';

/**
 * A plugin's Settings page and its configuration are read the same way: a (partial) settings object, every field
 * optional, unknown keys and wrongly typed values refused by field so the form marks them. Pure: no Strapi import.
 */

export interface SettingsError {
  path: string[];
  message: string;
}

/** The schema of a (partial) settings object over the plugin's field schemas; unknown keys refused by name. */
export function settingsObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return issue.keys.length === 1 ? `Unknown setting "${issue.keys[0]}".` : undefined;
      return issue.code === 'invalid_type' ? 'Send the settings as an object.' : undefined;
    },
  });
}

/**
 * Reads a (partial) settings object with `schema`, laid over `base` by `overlay`, and what is wrong with it by field.
 * The fields that are right still apply when others are not, so stored settings keep what they can.
 */
export function readSettingsWith<Schema extends z.ZodObject, Settings>(
  schema: Schema,
  overlay: (base: Settings, patch: z.output<Schema>) => Settings,
  input: unknown,
  base: Settings,
): { settings: Settings; errors: SettingsError[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { settings: overlay(base, parsed.data), errors: [] };
  const errors = fieldIssues(parsed.error).map(({ path, message }) => ({ path: path.map(String), message }));
  const record: Record<string, unknown> = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const valid = Object.fromEntries(
    Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
      const read = field.safeParse(record[key]);
      return read.success && read.data !== undefined ? [[key, read.data]] : [];
    }),
  ) as z.output<Schema>;
  return { settings: overlay(base, valid), errors };
}
