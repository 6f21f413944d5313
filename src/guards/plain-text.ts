import { containsMarkup } from '#domain/markup';
import { componentItems } from './component-items';

/**
 * Plain-text fields (titles, decks, names, labels, captions, claims, headings) are shown by every frontend, feed and card
 * as text. They take no HTML: a tag there is either a paste accident or an attempt to smuggle markup past the rich-text
 * allow-list, and no frontend should have to guess which. Text that only looks like a tag ("a < b", "<3", "x<y and
 * y>z", "<name>") is text (see `src/domain/markup.ts`). A value that breaks a rule is refused, never stripped: what is
 * stored is what was sent.
 *
 * Also refused, because a reader would not see what was written:
 * - control characters other than tab and line breaks (invisible; PostgreSQL cannot store NUL at all);
 * - the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which reorder the text
 *   around them ("Invoice \u202Egnp.exe" reads "Invoice exe.png"); the marks that only set a direction (U+200E, U+200F,
 *   U+061C), which right-to-left text needs, are fine;
 * - a lone UTF-16 surrogate (half an emoji, cut by a client) and U+FFFD, which is what bytes that are not UTF-8 become
 *   when the request is read: the database would store a replacement character instead of what was meant.
 */

// C0 controls except tab, line feed and carriage return, DEL, and the C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const BROKEN = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/;

export type PlainTextProblem = 'markup' | 'control-character' | 'direction-control' | 'broken-character';

export function plainTextProblem(value: string): PlainTextProblem | undefined {
  if (CONTROL.test(value)) return 'control-character';
  if (DIRECTION_CONTROL.test(value)) return 'direction-control';
  if (BROKEN.test(value)) return 'broken-character';
  if (containsMarkup(value)) return 'markup';
  return undefined;
}

const codePoint = (value: string, pattern: RegExp): string => {
  const found = pattern.exec(value)?.[0] ?? '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
};

export function plainTextMessage(field: string, problem: PlainTextProblem, value = ''): string {
  switch (problem) {
    case 'markup':
      return `${field} is plain text and cannot contain HTML tags. Write it without "<…>"; formatting belongs in the body.`;
    case 'control-character':
      return `${field} contains an invisible control character. Retype it or paste it as plain text.`;
    case 'direction-control':
      return `${field} contains an invisible character that reverses or isolates the text direction (${codePoint(value, DIRECTION_CONTROL)}), so readers would not see what is written. Remove it; right-to-left text needs none.`;
    case 'broken-character':
      return `${field} contains a broken character (${codePoint(value, BROKEN)}): half of an emoji, or text that was not sent as UTF-8. Retype it or paste it as plain text.`;
  }
}

/** A string or text field of a content type or component, as its schema declares it. */
export interface FieldSchema {
  type: string;
  component?: string;
  repeatable?: boolean;
}

export interface PlainTextFinding {
  path: Array<string | number>;
  problem: PlainTextProblem;
  value: string;
}

const PLAIN_TEXT_TYPES = new Set(['string', 'text', 'email']);

/**
 * Every plain-text value in `data` that breaks the rule, walking into components. Rich text is left to the sourcing
 * plugin's allow-list; slugs and JSON have their own rules.
 */
export function plainTextFindings(
  data: Record<string, unknown>,
  attributes: Record<string, FieldSchema>,
  componentAttributes: (uid: string) => Record<string, FieldSchema> | undefined,
  prefix: Array<string | number> = [],
): PlainTextFinding[] {
  const findings: PlainTextFinding[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = data[name];
    if (PLAIN_TEXT_TYPES.has(attribute.type) && typeof value === 'string') {
      const problem = plainTextProblem(value);
      if (problem) findings.push({ path: [...prefix, name], problem, value });
    }
    const nested = attribute.component ? componentAttributes(attribute.component) : undefined;
    if (!nested) continue;
    for (const { item, path } of componentItems(name, attribute, value, prefix)) findings.push(...plainTextFindings(item, nested, componentAttributes, path));
  }
  return findings;
}
