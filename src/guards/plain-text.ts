/**
 * Plain-text fields (titles, decks, names, labels, captions, claims) are shown by every frontend, feed and card as
 * text. They take no HTML: a tag there is either a paste accident or an attempt to smuggle markup past the rich-text
 * allow-list, and no frontend should have to guess which. Control characters other than tab and line breaks carry
 * nothing a reader sees, and PostgreSQL cannot store NUL at all.
 */

// "<" followed by a letter, "/", "!" or "?" opens a tag, a comment or a processing instruction; "a < b" and "<3" do not.
const TAG = /<[a-zA-Z/!?]/;
// C0 controls except tab, line feed and carriage return, DEL, and the C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export type PlainTextProblem = 'markup' | 'control-character';

export function plainTextProblem(value: string): PlainTextProblem | undefined {
  if (TAG.test(value)) return 'markup';
  if (CONTROL.test(value)) return 'control-character';
  return undefined;
}

export function plainTextMessage(field: string, problem: PlainTextProblem): string {
  return problem === 'markup'
    ? `${field} is plain text and cannot contain HTML tags. Write it without "<…>"; formatting belongs in the body.`
    : `${field} contains an invisible control character. Retype it or paste it as plain text.`;
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
      if (problem) findings.push({ path: [...prefix, name], problem });
    }
    if (attribute.type !== 'component' || !attribute.component || !value || typeof value !== 'object') continue;
    const nested = componentAttributes(attribute.component);
    if (!nested) continue;
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      if (!item || typeof item !== 'object') return;
      const itemPath = Array.isArray(value) ? [...prefix, name, index] : [...prefix, name];
      findings.push(...plainTextFindings(item as Record<string, unknown>, nested, componentAttributes, itemPath));
    });
  }
  return findings;
}
