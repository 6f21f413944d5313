/**
 * Query keys that name what every object inherits (`filters[toString]`, `populate[constructor]`, `__proto__`). Strapi's
 * query parser drops them silently, so a filter on one answers as if it had not been asked; checked on the raw query
 * string, before that parser, so they are refused by name instead. Pure.
 */

const INHERITED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export const isInheritedName = (name: string): boolean => INHERITED.has(name);

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // Not valid percent-encoding: Strapi's parser keeps such a key as written, so it is read as written here too.
    return text;
  }
};

/** A key's names as the parser splits them: `filters[title][$eq]` → filters, title, $eq. */
export function keyNames(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const names = [key.slice(0, open)];
  for (const match of key.slice(open).matchAll(/\[([^[\]]*)\]/g)) names.push(match[1]);
  return names;
}

/** The path to the first inherited name among the query string's keys, or undefined when there is none. */
export function inheritedKeyPath(querystring: string): string[] | undefined {
  for (const pair of querystring.split('&')) {
    const equals = pair.indexOf('=');
    const names = keyNames(decode(equals === -1 ? pair : pair.slice(0, equals)));
    const index = names.findIndex(isInheritedName);
    if (index !== -1) return names.slice(0, index + 1);
  }
  return undefined;
}
