import {
  at,
  booleanOf,
  FILE_UID,
  hasDraftAndPublish,
  isOperator,
  isPlainObject,
  ReaderQueryRefusal,
  visibleRows,
  type Filter,
  type ReaderAttribute,
  type ReaderSchema,
  type SchemaOf,
} from './reader-schema';

// The filter and sort part of the reader-query rule (reader-queries.ts).

const TO_MANY = new Set(['oneToMany', 'manyToMany', 'morphMany', 'morphToMany']);
const GROUPS = new Set(['$and', '$or']);

interface FilterContext {
  schemaOf: SchemaOf;
  /** False under an odd number of `$not`. */
  positive: boolean;
  /** Whether the rows being filtered belong to a draft & publish type (a component's rows to its owner's). */
  ownerHasDrafts: boolean;
  param: string;
  path: string;
}

/**
 * A relation's filter value as a filter on its target: `{ kicker: 5 }` and `{ kicker: { $in: [5] } }` compare the
 * related row's id; `$null`/`$notNull` ask whether a related row exists (`present`) or not (`absent`).
 */
function relationFilter(value: unknown, context: FilterContext): { filter: unknown; absent: boolean } {
  if (!isPlainObject(value)) return { filter: { id: value }, absent: false };
  const keys = Object.keys(value);
  const operators = keys.filter(isOperator);
  if (operators.length === 0) return { filter: value, absent: false };
  if (operators.length !== keys.length || operators.length > 1) {
    throw new ReaderQueryRefusal(
      'shape',
      context.param,
      context.path,
      `A relation filter takes one operator or field conditions, not both (${context.param}.${context.path}).`,
    );
  }
  const [operator] = operators;
  if (GROUPS.has(operator) || operator === '$not') return { filter: value, absent: false };
  if (operator === '$null' || operator === '$notNull') {
    const flag = booleanOf(value[operator]);
    return { filter: { id: { $notNull: true } }, absent: (operator === '$null') === flag };
  }
  return { filter: { id: value }, absent: false };
}

function guardFilterValue(value: unknown, schema: ReaderSchema, context: FilterContext): unknown {
  if (Array.isArray(value)) return value.map((item) => guardFilterValue(item, schema, context));
  if (!isPlainObject(value)) return value;
  const guarded: Filter = {};
  const extra: Filter[] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (GROUPS.has(key)) {
      guarded[key] = Array.isArray(entry) ? entry.map((item) => guardFilterValue(item, schema, context)) : entry;
      continue;
    }
    if (key === '$not') {
      guarded[key] = guardFilterValue(entry, schema, { ...context, positive: !context.positive });
      continue;
    }
    const attribute = isOperator(key) ? undefined : schema.attributes[key];
    const path = at(context.path, key);
    if (attribute?.type === 'component' && attribute.component) {
      const component = context.schemaOf(attribute.component);
      guarded[key] = component && isPlainObject(entry) ? guardFilterValue(entry, component, { ...context, path }) : entry;
      continue;
    }
    const targetUid = attribute?.type === 'media' ? FILE_UID : attribute?.type === 'relation' ? attribute.target : undefined;
    const target = targetUid ? context.schemaOf(targetUid) : undefined;
    if (!attribute || !target) {
      guarded[key] = entry;
      continue;
    }
    const nested: FilterContext = { ...context, path, ownerHasDrafts: hasDraftAndPublish(target) };
    const visible = visibleRows(target);
    if (!visible) {
      // Every row of the target is readable; relations further down may not be.
      guarded[key] = isPlainObject(entry) ? guardFilterValue(entry, target, nested) : entry;
      continue;
    }
    const { filter, absent } = relationFilter(entry, { ...context, path });
    const positive = absent ? !context.positive : context.positive;
    if (!positive && TO_MANY.has(attribute.relation ?? '') && !context.ownerHasDrafts) {
      throw new ReaderQueryRefusal(
        'shape',
        context.param,
        path,
        `Readers cannot filter on related rows being absent (${context.param}.${path}): unpublished ones are linked there too. Filter on the ones present instead.`,
      );
    }
    const crossing = { [key]: { $and: [guardFilterValue(filter, target, { ...nested, positive }), visible] } };
    if (absent) extra.push({ $not: crossing });
    else guarded[key] = crossing[key];
  }
  if (extra.length === 0) return guarded;
  return { $and: [...(Object.keys(guarded).length > 0 ? [guarded] : []), ...extra] };
}

/** A reader's `filters` on `schema`, every relation it crosses narrowed to what readers see of the target. */
export function guardFilters(filters: unknown, schema: ReaderSchema, schemaOf: SchemaOf, param = 'filters'): unknown {
  return guardFilterValue(filters, schema, { schemaOf, positive: true, ownerHasDrafts: hasDraftAndPublish(schema), param, path: '' });
}

/** Every field path a `sort` names, in any of the shapes Strapi reads: `a.b:asc,c`, `['a.b']`, `{ a: { b: 'asc' } }`. */
function sortPaths(sort: unknown): string[][] {
  if (typeof sort === 'string') {
    return sort
      .split(',')
      .map((segment) => segment.trim().split(':')[0].trim())
      .filter(Boolean)
      .map((field) => field.split('.'));
  }
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (isPlainObject(sort)) {
    return Object.entries(sort).flatMap(([key, order]) => (isPlainObject(order) ? sortPaths(order).map((rest) => [key, ...rest]) : [[key]]));
  }
  return [];
}

/** Refuses a reader's sort that orders by a field of a relation's target readers cannot see all of. */
export function checkSort(sort: unknown, schema: ReaderSchema, schemaOf: SchemaOf, param = 'sort'): void {
  for (const path of sortPaths(sort)) {
    let current: ReaderSchema | undefined = schema;
    for (const [index, key] of path.entries()) {
      const attribute: ReaderAttribute | undefined = current?.attributes[key];
      if (!attribute) break;
      const uid =
        attribute.type === 'component'
          ? attribute.component
          : attribute.type === 'media'
            ? FILE_UID
            : attribute.type === 'relation'
              ? attribute.target
              : undefined;
      if (!uid) break;
      current = schemaOf(uid);
      if (attribute.type === 'relation' && current && visibleRows(current)) {
        const named = path.slice(0, index + 1).join('.');
        throw new ReaderQueryRefusal(
          'shape',
          param,
          named,
          `Readers cannot sort by a field of ${named} (${param}): unpublished rows would take part. Sort a populated list with populate[…][sort] instead.`,
        );
      }
    }
  }
}
