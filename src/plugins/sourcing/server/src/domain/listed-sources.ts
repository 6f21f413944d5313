/**
 * The sources a document version lists, as far as a read shows them: how many link rows the list has, and which sources
 * are known to be in it (a read of an article's highlights knows those they cite; a read of the list, all of them).
 */
export interface ListedSources {
  count: number;
  listed: ReadonlySet<string>;
}

/**
 * Whether the list is exactly `wanted`, known without reading it: as many rows as wanted sources, and every wanted
 * source among the listed ones. Unknown (false) when no highlights were read, or a wanted source is cited by none.
 */
export function listsExactly(sources: ListedSources | null, wanted: ReadonlySet<string>): boolean {
  return sources !== null && sources.count === wanted.size && [...wanted].every((id) => sources.listed.has(id));
}
