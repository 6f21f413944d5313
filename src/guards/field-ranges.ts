import type { Finding } from '#domain/finding';
import type { FieldSchema } from './plain-text';
import { componentItems } from './component-items';

/**
 * Dates and numbers a newsroom cannot mean: a date outside 1900–2200 is a typo (1066, 9999, 0202) that would sort an
 * article to the top or bottom of every list and feed for ever, and a number outside its schema's `min`/`max` (a
 * citation "[0]" or "[-1]", which no text can cite) breaks the numbering readers follow. Strapi does not hold a draft to
 * `min`/`max`, so every save is checked here and refused with a 400 on the field, never corrected. Pure: no Strapi import.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

/** A number field's limits as its schema declares them. */
export interface RangedFieldSchema extends FieldSchema {
  min?: number | string;
  max?: number | string;
}

const DATE_TYPES = new Set(['date', 'datetime']);
const NUMBER_TYPES = new Set(['integer', 'biginteger', 'float', 'decimal']);

/** The year a date is written with ("1066-10-14", "+010000-01-01T00:00:00Z"); null when it is not a date at all. */
export function yearOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const written = /^\s*([+-]?\d{4,6})-\d\d/.exec(value);
  if (written) return Number(written[1]);
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).getUTCFullYear();
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

function limit(value: number | string | undefined): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** The finding for one value, or undefined when it is in range (or is no date or number at all: Strapi says so). */
export function rangeFinding(name: string, attribute: RangedFieldSchema, value: unknown, path: Array<string | number>): Finding | undefined {
  if (DATE_TYPES.has(attribute.type)) {
    const year = yearOf(value);
    if (year === null || (year >= EARLIEST_YEAR && year <= LATEST_YEAR)) return undefined;
    return {
      code: 'date-out-of-range',
      path,
      message: `${name} must be a date between ${EARLIEST_YEAR} and ${LATEST_YEAR}; "${String(value)}" is not. Check the year.`,
    };
  }
  if (!NUMBER_TYPES.has(attribute.type)) return undefined;
  const number = numberOf(value);
  if (number === null) return undefined;
  const min = limit(attribute.min);
  const max = limit(attribute.max);
  if (min !== undefined && number < min) return { code: 'number-too-small', path, message: `${name} must be at least ${min}; ${number} is not.` };
  if (max !== undefined && number > max) return { code: 'number-too-large', path, message: `${name} must be at most ${max}; ${number} is not.` };
  return undefined;
}

/** Every date or number in `data` out of its range, walking into components, each named by its path. */
export function rangeFindings(
  data: Record<string, unknown>,
  attributes: Record<string, RangedFieldSchema>,
  componentAttributes: (uid: string) => Record<string, RangedFieldSchema> | undefined,
  prefix: Array<string | number> = [],
): Finding[] {
  const findings: Finding[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = data[name];
    if (value === undefined || value === null) continue;
    const finding = rangeFinding(name, attribute, value, [...prefix, name]);
    if (finding) findings.push(finding);
    const nested = attribute.component ? componentAttributes(attribute.component) : undefined;
    if (!nested) continue;
    for (const { item, path } of componentItems(name, attribute, value, prefix)) findings.push(...rangeFindings(item, nested, componentAttributes, path));
  }
  return findings;
}
