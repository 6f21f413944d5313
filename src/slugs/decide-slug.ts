import { toSlug } from '#domain/slug';

export type SlugDecision = { kind: 'keep' } | { kind: 'set'; slug: string } | { kind: 'invalid'; path: string; message: string };

export interface SlugInput {
  /** True for a new document; an update keeps its slug unless the slug itself is edited. */
  isCreate: boolean;
  /** The field the slug is made from (title, name, label). */
  sourceField: string;
  /** The data being saved. */
  data: Record<string, unknown>;
  /** The saved value of the source field, for an update that clears the slug without sending the source. */
  savedSource?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Which slug a save should store. A slug typed by the editor is normalized; a missing slug is made from the source field.
 * An update that does not touch the slug keeps it, so renaming a published headline never breaks its URL.
 */
export function decideSlug({ isCreate, sourceField, data, savedSource }: SlugInput): SlugDecision {
  const typed = text(data.slug);
  if (typed) {
    const slug = toSlug(typed);
    return slug ? { kind: 'set', slug } : { kind: 'invalid', path: 'slug', message: 'A slug needs at least one letter or digit.' };
  }

  const slugCleared = 'slug' in data;
  if (!isCreate && !slugCleared) return { kind: 'keep' };

  const source = text(sourceField in data ? data[sourceField] : savedSource);
  if (!source) {
    return { kind: 'invalid', path: sourceField, message: `The ${sourceField} is required: the slug is made from it.` };
  }
  const slug = toSlug(source);
  return slug
    ? { kind: 'set', slug }
    : { kind: 'invalid', path: sourceField, message: `The ${sourceField} needs at least one letter or digit to make a slug.` };
}
