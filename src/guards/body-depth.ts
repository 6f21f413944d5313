/**
 * How deep a request body may nest. The newsroom's deepest legitimate shape (a fact check's sections inside `data`,
 * or an article's `presentation` JSON) is well under ten levels; recursive code further on (Strapi's validators, JSON
 * serialization on save) runs out of stack somewhere past a few thousand, which would answer a 500.
 */
export const MAX_BODY_DEPTH = 32;

/** Whether `value` nests objects or arrays deeper than `limit`; iterative, so a hostile body cannot exhaust the stack. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    if (!item.value || typeof item.value !== 'object') continue;
    const depth = item.depth + 1;
    if (depth > limit) return true;
    const children = Array.isArray(item.value) ? item.value : Object.values(item.value);
    for (const child of children) pending.push({ value: child, depth });
  }
  return false;
}
