import type { Finding } from '#domain/finding';
import { ARTICLE_UID, SOURCE_UID } from '#domain/uids';
import type { FieldSchema } from './plain-text';
import { componentItems } from './component-items';

/**
 * Fields that hold an address a frontend turns into a link or an image source, by the type or component that has them.
 * Each takes an `http(s)` address or a path on the newsroom's site ("/2026/02/19/kfor-downscaling/") and nothing else:
 * `javascript:` and `data:` run or carry a page, a protocol-relative `//host` (or `/\host`, which browsers read the same)
 * leads to whatever site it names, and other schemes (`ftp:`, `mailto:`) are not a page a reader can open.
 */
export const ADDRESS_FIELDS: Readonly<Record<string, readonly string[]>> = {
  [ARTICLE_UID]: ['permalink'],
  [SOURCE_UID]: ['url'],
  'media.lead-image': ['url'],
  'factcheck.related-question': ['url'],
};

// Whitespace and control characters, which browsers drop from inside an address ("java\tscript:"), and the backslash,
// which they read as a slash ("/\evil.example").
const NOT_IN_AN_ADDRESS = /[\s\u0000-\u001f\u007f-\u009f\\]/;

/** Why `value` is not an address a reader can follow, or undefined when it is one (an empty value is no address). */
export function addressProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (NOT_IN_AN_ADDRESS.test(value)) return 'it contains spaces, control characters or a backslash (write a space as %20)';
  if (value.startsWith('//')) return 'an address starting with "//" leads to another site';
  if (value.startsWith('/')) return undefined;
  if (!/^https?:\/\//i.test(value)) return 'it is neither an http(s) address nor a path on this site';
  if (!URL.canParse(value) || !new URL(value).hostname) return 'it names no site';
  return undefined;
}

export function addressMessage(field: string, value: string, problem: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return `${field} must be a web address (https://…) or a path on this site (/…); "${shown}" is not: ${problem}.`;
}

/** Every address field in `data` (walking into components) that holds something other than an address. */
export function addressFindings(
  uid: string,
  data: Record<string, unknown>,
  attributes: Record<string, FieldSchema>,
  componentAttributes: (uid: string) => Record<string, FieldSchema> | undefined,
  prefix: Array<string | number> = [],
): Finding[] {
  const findings: Finding[] = [];
  for (const field of ADDRESS_FIELDS[uid] ?? []) {
    const value = data[field];
    if (value === undefined || value === null) continue;
    const problem = typeof value === 'string' ? addressProblem(value) : 'it is not text';
    if (problem) findings.push({ code: 'not-an-address', path: [...prefix, field], message: addressMessage(field, String(value), problem) });
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = data[name];
    const nested = attribute.component ? componentAttributes(attribute.component) : undefined;
    if (!nested) continue;
    for (const { item, path } of componentItems(name, attribute, value, prefix))
      findings.push(...addressFindings(attribute.component as string, item, nested, componentAttributes, path));
  }
  return findings;
}
