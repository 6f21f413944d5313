/**
 * The longest lists a save may carry: a repeatable component's `max` in its schema. Strapi checks `max` only when a
 * document is published, so a draft carrying 5,000 related questions was written whole (16 s, holding every other
 * request); this refuses it before anything walks the list. Pure: no Strapi import.
 */
export interface CappedAttribute {
  type?: string;
  repeatable?: boolean;
  max?: number;
}

export interface ListOverCap {
  field: string;
  count: number;
  max: number;
}

export function listsOverCap(data: Record<string, unknown>, attributes: Record<string, CappedAttribute>): ListOverCap[] {
  return Object.entries(attributes).flatMap(([field, attribute]) => {
    const value = data[field];
    if (attribute.type !== 'component' || !attribute.repeatable || attribute.max === undefined || !Array.isArray(value)) return [];
    return value.length > attribute.max ? [{ field, count: value.length, max: attribute.max }] : [];
  });
}

export const listCapMessage = ({ field, count, max }: ListOverCap): string => `${field} holds ${count} items; at most ${max} are kept.`;
