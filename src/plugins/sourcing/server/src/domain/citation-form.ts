/**
 * Changes to the fact check's `citations` as the Content Manager's edit form holds them, so the normal Save and Publish
 * send them. Pure: no Strapi import. In the form a relation is a change set, `{ connect, disconnect }` (both empty as
 * loaded); an item the admin panel added carries its request shape in `apiData`, which is what the save sends.
 */

export interface RelationChange {
  apiData: { documentId: string };
  /** What the panel shows until the save; the save sends `apiData` only. */
  documentId: string;
  title: string | null;
  url: string;
}

export interface FormCitation {
  id?: number;
  number: number;
  note?: string | null;
  source?: { connect?: RelationChange[]; disconnect?: RelationChange[] } | null;
  __temp_key__?: string;
}

/** The source an unsaved change chose for an item, if the form holds one. */
export function chosenSource(item: FormCitation): RelationChange | null {
  const connect = item.source?.connect ?? [];
  return connect.length > 0 ? connect[connect.length - 1] : null;
}

/** The chosen source of an item, as a relation change the save sends (a to-one relation: connecting replaces). */
export function relationChange(source: { documentId: string; title: string | null; url: string }): RelationChange {
  return { apiData: { documentId: source.documentId }, documentId: source.documentId, title: source.title, url: source.url };
}

// The Content Manager orders list items by fractional keys; a key followed by more digits sorts after it.
const keyAfter = (items: readonly FormCitation[]): string => `${items[items.length - 1]?.__temp_key__ ?? 'a0'}V`;

/**
 * The list with `number` standing for `source`: its entry changed (the first, if listed twice), or a new entry for a
 * number the text cites that the list lacks (the save sorts the list by number).
 */
export function attachSource(items: readonly FormCitation[], number: number, source: RelationChange): FormCitation[] {
  const index = items.findIndex((item) => Number(item.number) === number);
  const change = { connect: [source], disconnect: [] };
  if (index === -1) return [...items, { number, note: null, source: change, __temp_key__: keyAfter(items) }];
  return items.map((item, at) => (at === index ? { ...item, source: change } : item));
}

/** The list without the entries of `number`: a source listed but never cited, or an empty entry no sentence cites. */
export function removeCitation(items: readonly FormCitation[], number: number): FormCitation[] {
  return items.filter((item) => Number(item.number) !== number);
}
