/** The component items one field of a save carries, each with its path: a repeatable list's by index, a single one's by name. */
export function componentItems(
  name: string,
  attribute: { type: string; component?: string },
  value: unknown,
  prefix: Array<string | number>,
): Array<{ item: Record<string, unknown>; path: Array<string | number> }> {
  if (attribute.type !== 'component' || !attribute.component || !value || typeof value !== 'object') return [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.flatMap((item, index) =>
    item && typeof item === 'object'
      ? [{ item: item as Record<string, unknown>, path: Array.isArray(value) ? [...prefix, name, index] : [...prefix, name] }]
      : [],
  );
}
