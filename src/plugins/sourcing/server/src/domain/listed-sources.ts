/**
 * The sources an article version lists, as far as a read of its highlights shows them: how many link rows the list
 * has, and which of the sources its highlights cite are in it.
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
