/**
 * How many related documents a save may name. A relation can be sent as one id, an array of ids or documentIds, or
 * `{ connect, disconnect, set }` with arrays of ids or objects (with a `position`); Strapi resolves, orders and links
 * every one of them in the save's transaction, so a list of thousands held every other request, as 5,000 related
 * questions did. These caps refuse such a list before anything walks it. Pure: no Strapi import.
 */

/** What a save may name in one list of one relation: far above any newsroom page of links, far below a stall. */
export const MAX_RELATIONS_SENT = 200;

/**
 * What a relation may hold after a save, where a newsroom has a sane upper bound: a byline list of 50 is plenty. The
 * inverse sides (a category's or an author's articles) grow with the archive and have no such bound.
 */
export const RELATION_HOLD_CAPS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'api::article.article': { authors: 50 },
};

/** The parts of a schema attribute the caps read: relations, media, and components that may hold either. */
export interface RelationAttribute {
  type?: string;
  relation?: string;
  multiple?: boolean;
  component?: string;
  repeatable?: boolean;
}

export type AttributesOf = (uid: string) => Record<string, RelationAttribute> | undefined;

export interface RelationOverCap {
  path: Array<string | number>;
  /** Which list: `connect`, `disconnect`, `set`, or empty for an array or a single value. */
  form: string;
  count: number;
  max: number;
}

const LIST_FORMS = ['connect', 'disconnect', 'set'] as const;

const isToOne = (attribute: RelationAttribute): boolean =>
  attribute.type === 'media' ? attribute.multiple !== true : /ToOne$|^oneToOne$/.test(attribute.relation ?? '');

/** The most a save may name in one list of this relation: one for a to-one, the hold cap when there is one, else the send cap. */
export function relationSendCap(uid: string, field: string, attribute: RelationAttribute): number {
  if (isToOne(attribute)) return 1;
  return Math.min(RELATION_HOLD_CAPS[uid]?.[field] ?? MAX_RELATIONS_SENT, MAX_RELATIONS_SENT);
}

const sizeOf = (value: unknown): number => (Array.isArray(value) ? value.length : value === undefined || value === null ? 0 : 1);

/** Each list a relation's value names, with its size. */
export function relationLists(value: unknown): Array<{ form: string; count: number }> {
  if (value && typeof value === 'object' && !Array.isArray(value) && LIST_FORMS.some((form) => form in value)) {
    const lists = value as Record<string, unknown>;
    return LIST_FORMS.filter((form) => form in lists).map((form) => ({ form, count: sizeOf(lists[form]) }));
  }
  return [{ form: '', count: sizeOf(value) }];
}

/** Every relation list in `data` (a save of `uid`, its components' relations included) longer than its cap. */
export function relationsOverCap(
  uid: string,
  data: Record<string, unknown>,
  attributesOf: AttributesOf,
  prefix: Array<string | number> = [],
): RelationOverCap[] {
  const attributes = attributesOf(uid) ?? {};
  return Object.entries(data).flatMap(([field, value]): RelationOverCap[] => {
    const attribute = attributes[field];
    if (!attribute || value === undefined) return [];
    if (attribute.type === 'relation' || attribute.type === 'media') {
      const max = relationSendCap(uid, field, attribute);
      return relationLists(value)
        .filter((list) => list.count > max)
        .map((list) => ({ path: [...prefix, field], form: list.form, count: list.count, max }));
    }
    if (attribute.type !== 'component' || !attribute.component || !value || typeof value !== 'object') return [];
    const component = attribute.component;
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item, index) =>
      item && typeof item === 'object' && !Array.isArray(item)
        ? relationsOverCap(component, item as Record<string, unknown>, attributesOf, Array.isArray(value) ? [...prefix, field, index] : [...prefix, field])
        : [],
    );
  });
}

export const relationCapMessage = ({ path, form, count, max }: RelationOverCap): string =>
  `${[...path, form].filter((part) => part !== '').join('.')} names ${count} related documents; a save may name at most ${max}.`;

export const relationHoldMessage = (field: string, count: number, max: number): string =>
  `${field} would hold ${count} related documents; at most ${max} are kept.`;
